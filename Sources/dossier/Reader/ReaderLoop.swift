import DossierKit
import DossierReader
import DossierSettings
import DossierStore
import Foundation

/// The reader's main loop: wait for keys, the mouse and the store's updates, turn keys into
/// actions through the configured bindings, reduce, render, draw the cells that changed, and carry out what the reader asks
/// (keep read marks, stars and the place; scan again). The terminal is restored however the
/// loop ends: q, Ctrl-C, a closed terminal, SIGTERM, SIGINT or SIGHUP, a thrown error, or a
/// crash; processing stops, keeping every record already made.
enum ReaderLoop {
    struct Result {
        /// 0, or 128 plus the signal that ended the reader.
        let status: Int32
        /// The files and records that could not be read, as the reader last knew them.
        let problems: [String]
    }

    /// - Parameters:
    ///   - settings: the keys, colours and the rest, from the settings file;
    ///   - usesMouse: whether to ask the terminal for the mouse (the settings, or --no-mouse).
    static func run(session: ArchiveSession, first: ArchiveSession.Update, reading: ReadingState, place: ReadingPlace?,
                    state stateDatabase: StateDatabase?, notice: String?, settings: Settings, usesMouse: Bool) throws -> Result {
        SignalWatcher.install()
        let environment = ProcessInfo.processInfo.environment
        let terminal = try CursesTerminal(wantsColor: !Settings.forbidsColor(environment: environment), wantsMouse: usesMouse)
        CrashGuard.install()
        defer { terminal.close() }
        let mailbox = UpdateMailbox()
        let theme = settings.theme(usesColor: terminal.usesColor, palette: terminal.palette)
        var painter = ScreenPainter(usesColor: terminal.usesColor)
        let bindings = settings.keyBindings
        var keys = KeySequenceMatcher(bindings: bindings)
        let kept = KeptLayout(database: stateDatabase, configured: settings.paneWidths)
        var state = ReaderState(source: first.corpus, size: terminal.size, reading: reading, place: place, notice: notice,
                                keyBindings: bindings, paneWidths: kept.paneWidths, searchHistory: kept.searchHistory,
                                sort: ArticleSort(rawValue: settings.sort.rawValue) ?? .source)
        state = ReaderState.updated(state, source: first.corpus, processing: status(of: first), problems: descriptions(first.problems))
        var keeper = PlaceKeeper(database: stateDatabase, corpus: session.identity)
        _ = keeper.keep(state)
        session.start { mailbox.post($0) }
        defer { session.stop() }
        painter.draw(ReaderView.render(state, theme: theme))

        /// Input that polls as ready but gives no key, many times running, is a closed input.
        var emptyReads = 0
        while !state.isFinished {
            // A whole key sequence that starts a longer one waits a while for its next key.
            let timeout = keys.isWaitingForTimeout ? Int32(KeySequenceMatcher.timeoutMilliseconds) : -1
            let wake = terminal.waitForInput(orReadable: mailbox.readDescriptor, milliseconds: timeout)
            switch wake {
            case .signal(let signal): return Result(status: 128 + signal, problems: state.problems)
            case .hangUp: return Result(status: 0, problems: state.problems)
            case .other:
                let (update, failure) = mailbox.take()
                if let update {
                    state = ReaderState.updated(state, source: update.corpus, processing: status(of: update),
                                                problems: descriptions(update.problems))
                }
                if let failure { state = ReaderState.noticed(state, failure) }
                painter.draw(ReaderView.render(state, theme: theme))
                continue
            case .timedOut:
                for action in keys.flush(overlayShown: state.isShowingOverlay) { state = ReaderState.reduce(state, action) }
                painter.draw(ReaderView.render(state, theme: theme))
                continue
            case .input, .interrupted: break
            }
            let pending = terminal.pendingEvents()
            if case .input = wake { emptyReads = pending == nil ? emptyReads + 1 : 0 }
            if emptyReads > 100 { return Result(status: 0, problems: state.problems) }
            let events = pending ?? []
            for event in events where !state.isFinished {
                switch event {
                case .resize(let size):
                    painter.invalidate()
                    state = ReaderState.reduce(state, .resize(size))
                case .mouse(let mouse):
                    state = ReaderState.reduce(state, .mouse(mouse))
                case .key(let key):
                    // While a prompt is open, keys are typed into it.
                    let actions = state.isEditingPrompt ? [.edit(key)] : keys.feed(key, overlayShown: state.isShowingOverlay)
                    for action in actions where !state.isFinished {
                        state = ReaderState.reduce(state, action)
                    }
                }
                for effect in state.takeEffects() {
                    if effect == .redraw {
                        painter.invalidate()
                        continue
                    }
                    if let failure = carryOut(effect, keeper: keeper, session: session, mailbox: mailbox) {
                        state = ReaderState.noticed(state, failure)
                    }
                }
            }
            if let failure = keeper.keep(state) { state = ReaderState.noticed(state, failure) }
            if !events.isEmpty { painter.draw(ReaderView.render(state, theme: theme)) }
        }
        return Result(status: 0, problems: state.problems)
    }

    /// Carries out an effect; a message when it failed.
    private static func carryOut(_ effect: ReaderEffect, keeper: PlaceKeeper, session: ArchiveSession,
                                 mailbox: UpdateMailbox) -> String? {
        switch effect {
        case .setRead(let read, let key): return keeper.record { try $0.setRead(read, key: key) }
        case .setStarred(let starred, let key): return keeper.record { try $0.setStarred(starred, key: key) }
        case .savePaneWidths(let widths): return keeper.record { try KeptLayout.save(widths, in: $0) }
        case .rememberSearch(let pattern): return keeper.record { try $0.addSearch(pattern) }
        case .redraw: return nil
        case .rescan:
            DispatchQueue.global().async {
                do {
                    mailbox.post(try session.rescan())
                } catch {
                    mailbox.post(failure: "Cannot scan again: \(error)")
                }
            }
            return nil
        }
    }

    private static func status(of update: ArchiveSession.Update) -> ProcessingStatus? {
        guard let progress = update.progress, !update.isFinished else { return nil }
        return ProcessingStatus(done: progress.done, total: progress.total, articlesPerSecond: progress.articlesPerSecond,
                                secondsLeft: progress.secondsLeft)
    }

    private static func descriptions(_ problems: [DossierError]) -> [String] {
        problems.map(\.description)
    }
}

/// Keeps the reading state: read marks and stars as they change, and the place whenever it
/// moves, each in its own transaction.
struct PlaceKeeper {
    let database: StateDatabase?
    let corpus: CorpusIdentity
    private var kept: ReadingPlace?

    init(database: StateDatabase?, corpus: CorpusIdentity) {
        self.database = database
        self.corpus = corpus
    }

    /// Keeps the reader's place when it moved; a message when that failed.
    mutating func keep(_ state: ReaderState) -> String? {
        guard let place = state.place, place != kept else { return nil }
        kept = place
        return record { try $0.savePlace(place, corpus: corpus) }
    }

    /// Makes a change in the reading state; a message when it failed.
    func record(_ change: (StateDatabase) throws -> Void) -> String? {
        guard let database else { return nil }
        do {
            try change(database)
            return nil
        } catch {
            return "Cannot save the reading state in \(database.path): \(error)"
        }
    }
}
