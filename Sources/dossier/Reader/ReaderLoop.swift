import DossierKit
import DossierReader

/// The reader's main loop: wait for keys, turn them into actions, reduce, render, draw the
/// cells that changed. The terminal is restored however the loop ends: q, Ctrl-C, a closed
/// terminal, SIGTERM, SIGINT or SIGHUP, a thrown error, or a crash.
enum ReaderLoop {
    /// Runs the reader on `corpus`, with `notice` on the status line at first, and returns the exit status: 0, or 128 plus the signal
    /// that ended it.
    static func run(_ corpus: Corpus, notice: String? = nil) throws -> Int32 {
        SignalWatcher.install()
        let terminal = try CursesTerminal()
        CrashGuard.install()
        defer { terminal.close() }
        let theme = Theme(usesColor: terminal.usesColor)
        var painter = ScreenPainter(usesColor: terminal.usesColor)
        var state = ReaderState(corpus: corpus, size: terminal.size, notice: notice)
        painter.draw(ReaderView.render(state, theme: theme))
        /// Input that polls as ready but gives no key, many times running, is a closed input.
        var emptyReads = 0
        while !state.isFinished {
            let wake = terminal.waitForInput()
            switch wake {
            case .signal(let signal): return 128 + signal
            case .hangUp: return 0
            case .input, .interrupted: break
            }
            let pending = terminal.pendingEvents()
            if case .input = wake { emptyReads = pending == nil ? emptyReads + 1 : 0 }
            if emptyReads > 100 { return 0 }
            let events = pending ?? []
            for event in events where !state.isFinished {
                switch event {
                case .resize(let size):
                    painter.invalidate()
                    state = ReaderState.reduce(state, .resize(size))
                case .key(let key):
                    if let action = KeyMap.action(for: key, helpShown: state.isShowingHelp) {
                        state = ReaderState.reduce(state, action)
                    }
                }
            }
            if !events.isEmpty { painter.draw(ReaderView.render(state, theme: theme)) }
        }
        return 0
    }
}
