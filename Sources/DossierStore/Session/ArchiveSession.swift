import DossierKit
import Foundation

/// A corpus opened through the cache: what the cache already holds is shown at once, and the
/// files that are new, changed or made by an older pipeline are processed in the background
/// on every core, each record written as it is made, the corpus linked again now and then
/// and handed out as a new `StoredCorpus`.
///
/// Threads of a run: a feeder reads the files one at a time and hands their documents to the
/// workers (keeping the stored records of unchanged JSON Lines records), the workers process
/// documents, one writer puts the records into the cache in batches (one transaction each),
/// and a linker links the corpus again from the mention records when enough has changed.
/// Every update goes to `onUpdate`, on one of those threads.
public final class ArchiveSession: @unchecked Sendable {
    /// How far processing has come.
    public struct Progress: Sendable, Equatable {
        /// Files finished, of those that needed processing.
        public let done: Int
        public let total: Int
        /// Articles processed so far in this run, and how many a second.
        public let articles: Int
        public let articlesPerSecond: Double
        /// Seconds until every file is done, at the rate so far; nil until there is a rate.
        public let secondsLeft: Double?

        public var isFinished: Bool { done >= total }
    }

    /// The corpus as it stands, with what is known of its processing and its problems.
    public struct Update: Sendable {
        public let corpus: StoredCorpus
        /// Nil when nothing needed processing.
        public let progress: Progress?
        /// Files and records that could not be read.
        public let problems: [DossierError]
        /// True once processing and linking are done.
        public let isFinished: Bool
    }

    public let cache: CacheDatabase
    public let identity: CorpusIdentity
    private let paths: [String]
    private let makeProcessor: @Sendable () throws -> ArticleProcessor
    private let workerCount: Int
    /// Who waits for the corpus, and so how it is handed out.
    public enum Mode: Sendable {
        /// A reader: the corpus as the cache remembers it at once, the disk scanned after,
        /// and linked again now and then while processing goes on, so that entities grow.
        case reader
        /// A command that waits for the end: the disk scanned first, the corpus linked once at the end.
        case batch
    }

    private let mode: Mode

    private let lock = NSLock()
    private let linkWanted = NSCondition()
    private let publishing = NSLock()
    // Guarded by `lock`:
    private var files: [ScannedFile] = []
    private var scanProblems: [DossierError] = []
    private var fileEntries: [[Entry]] = []
    private var fileProblems: [[DossierError]] = []
    private var work: [WorkItem] = []
    private var linkedIDs: [Int64?] = []
    private var linkedIndex = CorpusIndex.empty
    private var names: [String]?
    private var changeCount = 0
    private var linkedChangeCount = -1
    private var lastLinkSeconds = 0.0
    private var progress: Progress?
    private var runStart = Date()
    private var processedArticles = 0
    private var onUpdate: (@Sendable (Update) -> Void)?
    private var lastPublish = Date.distantPast
    private var isRunning = false
    /// Set while the corpus shown is the one the cache remembers, before a scan of the disk.
    private var needsScan = false
    private var isStopping = false
    private var runFinished = DispatchSemaphore(value: 0)

    /// - Parameters:
    ///   - paths: the user's files and folders (`-` for standard input);
    ///   - makeProcessor: called once, in the background, when something needs processing;
    ///   - workers: processing threads (by default one per core);
    ///   - mode: for a reader, or for a command that waits for the end.
    public init(paths: [String], cache: CacheDatabase, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                mode: Mode = .reader,
                makeProcessor: @escaping @Sendable () throws -> ArticleProcessor = { try ArticleProcessor.shipped() }) {
        self.paths = paths
        self.mode = mode
        self.cache = cache
        self.workerCount = max(1, workers)
        self.makeProcessor = makeProcessor
        identity = CorpusIdentity(roots: paths.map { $0 == SourceDiscovery.standardInput ? $0 : SourceScan.absolute($0) })
    }

    // MARK: Opening

    /// Scans the paths and reads what the cache holds of them: the corpus as it can be shown
    /// now. Nothing is processed until `start`.
    /// - Throws: `DossierError` when the paths hold no file at all; database errors.
    ///
    /// For a reader, a corpus the cache has seen before is laid out from the files as the
    /// cache last saw them, without a look at the disk; the scan that finds what changed runs
    /// first thing in `start`. A new corpus, standard input, or any corpus in batch mode is
    /// scanned here.
    public func open() throws -> Update {
        let remembered = mode == .batch || paths.contains(SourceDiscovery.standardInput)
            ? nil : try SourceScan(remembered: paths, cache: cache)
        if let remembered, !remembered.files.isEmpty {
            try plan(remembered)
            setNeedsScan(true)
        } else {
            let scan = SourceScan(paths: paths)
            guard !scan.files.isEmpty else { throw scan.problems.first ?? DossierError.nothingReadable(paths.joined(separator: " ")) }
            try plan(scan)
            setNeedsScan(false)
        }
        lock.lock()
        defer { lock.unlock() }
        if linkedChangeCount != changeCount {
            // Read back the last linking when it covers exactly these articles.
            let ids = flattenedIDs()
            if let stored = try? cache.linkIndex(corpus: identity.id), stored.digest == Self.digest(ids),
               let index = try? IndexCodec.decode(stored.blob), index.articleCount == ids.count {
                linkedIDs = ids
                linkedIndex = index
                linkedChangeCount = changeCount
            }
        }
        return snapshotLocked(isFinished: !needsScan && work.isEmpty && linkedChangeCount == changeCount)
    }

    /// The article rows of each scanned file, in the order of `scan.files`.
    ///
    /// The rows come by root and, under each, by path bytes, as a scan lists files: one walk
    /// pairs them. A row whose file the scan did not find (deleted) is passed over. Should the
    /// orders ever disagree, rows are looked up by path instead.
    private static func rowsOfEachFile(_ scan: SourceScan, _ rows: [CacheDatabase.StoredArticle]) -> [[CacheDatabase.StoredArticle]] {
        var grouped = [[CacheDatabase.StoredArticle]](repeating: [], count: scan.files.count)
        var next = 0
        var paired = 0
        for (position, file) in scan.files.enumerated() {
            while next < rows.count, rows[next].path != file.path, SourceDiscovery.bytesPrecede(rows[next].path, file.path) { next += 1 }
            while next < rows.count, rows[next].path == file.path {
                grouped[position].append(rows[next])
                next += 1
                paired += 1
            }
        }
        if paired == rows.count { return grouped }
        let positions = Dictionary(scan.files.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        grouped = [[CacheDatabase.StoredArticle]](repeating: [], count: scan.files.count)
        for row in rows { if let position = positions[row.path] { grouped[position].append(row) } }
        return grouped
    }

    private func setNeedsScan(_ value: Bool) {
        lock.lock()
        needsScan = value
        lock.unlock()
    }

    /// How long the last linking took (reading the records, linking them), in seconds.
    public var lastLinkDuration: Double {
        lock.lock()
        defer { lock.unlock() }
        return lastLinkSeconds
    }

    /// How many files wait to be processed.
    public var pendingFileCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return work.count
    }

    /// Lays out the scanned files with what the cache holds of each, and lists those to process.
    private func plan(_ scan: SourceScan) throws {
        let storedFileAt: (Int, ScannedFile) -> CacheDatabase.StoredFile?
        if let stored = scan.stored {
            storedFileAt = { position, _ in stored[position] }
        } else {
            let storedFiles = try cache.storedFiles(under: scan.roots)
            storedFileAt = { _, file in storedFiles[file.path] }
        }
        let storedArticles = Self.rowsOfEachFile(scan, try cache.storedArticles(under: scan.roots))
        var storedProblems: [String: [(line: Int?, reason: String)]] = [:]
        for problem in try cache.storedProblems(under: scan.roots) {
            storedProblems[problem.path, default: []].append((problem.line, problem.message))
        }
        let current = PipelineVersion.current

        lock.lock()
        defer { lock.unlock() }
        // Mention records already read are kept across a rescan.
        var knownMentions: [Int64: [UInt8]] = [:]
        for entries in fileEntries {
            for entry in entries { if let id = entry.articleID, let mentions = entry.mentions { knownMentions[id] = mentions } }
        }
        files = scan.files
        scanProblems = scan.problems
        fileEntries = []
        fileProblems = []
        work = []
        for (position, file) in scan.files.enumerated() {
            var rows = storedArticles[position]
            // A whole file has one record, and a JSON Lines file one of each content; after an
            // interrupted run left older rows beside newer ones, the newest stands.
            if rows.count > 1 {
                if rows.allSatisfy({ $0.line == nil }), let newest = rows.max(by: { $0.id < $1.id }) { rows = [newest] }
                var newestOfContent: [UInt64: Int64] = [:]
                for row in rows { newestOfContent[row.contentHash] = max(newestOfContent[row.contentHash] ?? row.id, row.id) }
                rows.removeAll { newestOfContent[$0.contentHash] != $0.id }
            }
            var entries = rows.map { row in
                Entry(articleID: row.id, line: row.line, contentHash: row.contentHash, title: row.title, date: row.date,
                      byline: row.byline, mentions: knownMentions[row.id])
            }
            let stored = storedFileAt(position, file)
            let isUnchanged = !file.isStandardInput && stored.map {
                $0.size == file.size && $0.modified == file.modified && $0.pipelineVersion == current
            } ?? false
            var problems: [DossierError] = []
            if isUnchanged {
                if let reason = stored?.problem { problems.append(StoredProblem.problem(display: file.display, line: nil, reason: reason)) }
                for problem in storedProblems[file.path] ?? [] {
                    problems.append(StoredProblem.problem(display: file.display, line: problem.line, reason: problem.reason))
                }
            } else {
                var keep: [UInt64: Int64] = [:]
                for row in rows where row.pipelineVersion == current { keep[row.contentHash] = row.id }
                work.append(WorkItem(file: position, scanned: file, keep: keep))
                if entries.isEmpty { entries = [Entry.placeholder(for: file)] }
            }
            fileEntries.append(entries)
            fileProblems.append(problems)
        }
        progress = work.isEmpty ? nil : Progress(done: 0, total: work.count, articles: 0, articlesPerSecond: 0, secondsLeft: nil)
        changeCount += 1
        // The same articles as the last linking covered: it still stands.
        if flattenedIDs() == linkedIDs { linkedChangeCount = changeCount }
    }

    // MARK: Processing

    /// Processes what needs it in the background and links the corpus; `onUpdate` gets the
    /// corpus as it grows, and a last update with `isFinished` set. Returns at once.
    public func start(onUpdate: @escaping @Sendable (Update) -> Void) {
        lock.lock()
        self.onUpdate = onUpdate
        guard !isRunning else {
            lock.unlock()
            return
        }
        isRunning = true
        isStopping = false
        runFinished = DispatchSemaphore(value: 0)
        let scanFirst = needsScan
        lock.unlock()

        let finished = runFinished
        let run = DispatchGroup()
        thread("dossier-run", run) { [self] in
            if scanFirst { scanAgain() }
            lock.lock()
            let items = isStopping ? [] : work
            runStart = Date()
            processedArticles = 0
            lock.unlock()
            let group = DispatchGroup()
            process(items, group: group)
            group.wait()
        }
        DispatchQueue.global().async { [self] in
            run.wait()
            lock.lock()
            isRunning = false
            lock.unlock()
            finished.signal()
        }
    }

    /// Scans the disk and lays the corpus out anew; a scan that finds nothing at all leaves
    /// the problems it met.
    private func scanAgain() {
        let scan = SourceScan(paths: paths)
        do {
            try plan(scan)
        } catch {
            lock.lock()
            scanProblems = scan.problems + [.unreadable(cache.path, reason: "cannot read the cache: \(error)")]
            lock.unlock()
        }
        setNeedsScan(false)
        publish(isFinished: false)
    }

    /// Starts the threads that process `items` and link the corpus, in `group`.
    private func process(_ items: [WorkItem], group: DispatchGroup) {
        // A processed record holds its text and mention strings (about 150 KB in memory): a
        // short queue keeps the workers from running far ahead of the writer.
        let writerQueue = BlockingQueue<CacheWriter.Message>(capacity: Self.batchSize * 2)
        /// Set once the writer has written and applied its last batch.
        let writing = Completion()
        let jobs = BlockingQueue<Job>(capacity: workerCount * 4)
        if !items.isEmpty {
            let processor = ProcessorBox(make: makeProcessor)
            thread("dossier-feeder", group) { [self] in
                feed(items, jobs: jobs, writer: writerQueue, processor: processor)
                jobs.close()
            }
            let workersDone = DispatchGroup()
            for number in 0..<workerCount {
                workersDone.enter()
                thread("dossier-worker-\(number)", group) {
                    defer { workersDone.leave() }
                    while let job = jobs.take() {
                        guard let processor = processor.value else { continue }
                        writerQueue.put(.processed(file: job.file, record: processor.process(job.document, identity: job.identity,
                                                                                           contentHash: job.contentHash)))
                    }
                }
            }
            thread("dossier-closer", group) {
                workersDone.wait()
                writerQueue.close()
            }
            thread("dossier-writer", group) { [self] in
                write(from: writerQueue)
                writing.finish()
            }
        } else {
            writing.finish()
        }
        thread("dossier-linker", group) { [self] in linkWhileRunning(writerDone: { writing.isFinished }) }
    }

    /// Blocks until the current run (processing and linking) ends; then the last update.
    @discardableResult
    public func waitUntilFinished() -> Update {
        lock.lock()
        let running = isRunning
        let finished = runFinished
        lock.unlock()
        if running {
            finished.wait()
            finished.signal()
        }
        lock.lock()
        defer { lock.unlock() }
        return snapshotLocked(isFinished: !isStopping && linkedChangeCount == changeCount)
    }

    /// Stops processing: records already made are written, the rest waits for the next open.
    public func stop() {
        lock.lock()
        isStopping = true
        lock.unlock()
        linkWanted.lock()
        linkWanted.broadcast()
        linkWanted.unlock()
        waitUntilFinished()
    }

    /// Scans the paths again: new files are added, deleted ones leave, changed ones are
    /// processed; then processing starts as `start` does.
    /// - Throws: `DossierError` when the paths hold no file any more.
    public func rescan() throws -> Update {
        lock.lock()
        let running = isRunning
        let callback = onUpdate
        lock.unlock()
        if running { stop() }
        let update = try open()
        if let callback { start(onUpdate: callback) }
        return update
    }

    private func thread(_ name: String, _ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    private var shouldStop: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isStopping
    }

    /// Reads each file in turn and hands its documents on: to the workers when they need
    /// processing, straight to the writer when the cache holds their record already.
    private func feed(_ items: [WorkItem], jobs: BlockingQueue<Job>, writer: BlockingQueue<CacheWriter.Message>,
                      processor: ProcessorBox) {
        for item in items {
            if shouldStop { return }
            let file = item.scanned
            // Documents are handed on as the file is read: a JSON Lines export of any size
            // keeps only the records in flight in memory.
            var handed = 0
            var stopped = false
            let problems: [DossierError]
            do {
                problems = try DocumentLoader.forEachDocument(path: file.display) { document in
                    guard !stopped, !shouldStop, processor.error == nil else {
                        stopped = true
                        return
                    }
                    let hash = ArticleProcessor.contentHash(of: document)
                    let line = Self.line(of: document.source, in: file.display)
                    if let id = item.keep[hash] {
                        writer.put(.kept(file: item.file, articleID: id, line: line))
                    } else {
                        guard processor.load() != nil else { return }
                        let identity = SourceIdentity(path: file.path, line: line, size: file.size, modified: file.modified)
                        guard jobs.put(Job(file: item.file, document: document, identity: identity, contentHash: hash)) else {
                            stopped = true
                            return
                        }
                    }
                    handed += 1
                }
            } catch {
                let problem = error as? DossierError ?? .unreadable(file.display, reason: "\(error)")
                if handed == 0 {
                    writer.put(.fileRead(file: item.file, scanned: file, records: 0, problems: [], fileProblem: problem))
                    continue
                }
                // Records already handed on stay; the rest of the file is reported.
                writer.put(.fileRead(file: item.file, scanned: file, records: handed, problems: [problem], fileProblem: nil))
                continue
            }
            // A file left half read is taken up again on the next open: it is not closed.
            if stopped && processor.error == nil { return }
            var all = problems
            if let error = processor.error { all.append(.unreadable(file.display, reason: "cannot process: \(error)")) }
            writer.put(.fileRead(file: item.file, scanned: file, records: handed, problems: all, fileProblem: nil))
        }
    }

    /// The line of a JSON Lines record from its source ("path:12"); nil for a whole file.
    static func line(of source: String, in display: String) -> Int? {
        guard source.count > display.count, source.hasPrefix(display + ":") else { return nil }
        return Int(source.dropFirst(display.count + 1))
    }

    /// Records written in one transaction at most.
    private static let batchSize = 64

    /// The writer's loop: batches of what comes in, one transaction each, at least every
    /// quarter of a second while records come.
    private func write(from queue: BlockingQueue<CacheWriter.Message>) {
        let writer = CacheWriter(cache: cache)
        var batch: [CacheWriter.Message] = []
        var batchStart = Date()
        while true {
            let deadline = batch.isEmpty ? nil : batchStart.addingTimeInterval(0.25)
            if let message = queue.take(before: deadline) {
                if batch.isEmpty { batchStart = Date() }
                batch.append(message)
                if batch.count < Self.batchSize { continue }
            } else if batch.isEmpty {
                if queue.isFinished { break }
                continue
            }
            do {
                apply(try writer.commit(batch))
            } catch {
                recordWriteFailure(error, batch: batch)
            }
            batch.removeAll(keepingCapacity: true)
        }
    }

    /// A batch that could not be written: its files are reported and left for the next open.
    private func recordWriteFailure(_ error: Error, batch: [CacheWriter.Message]) {
        lock.lock()
        for message in batch {
            if case .fileRead(let file, let scanned, _, _, _) = message {
                fileProblems[file].append(.unreadable(scanned.display, reason: "cannot write to the cache \(cache.path): \(error)"))
            }
        }
        lock.unlock()
    }

    /// Takes what a commit wrote into the corpus.
    private func apply(_ commit: CacheWriter.Commit) {
        lock.lock()
        var touched: [Int: [Int64: Entry]] = [:]
        func touch(_ file: Int) {
            guard touched[file] == nil else { return }
            var previous: [Int64: Entry] = [:]
            for entry in fileEntries[file] { if let id = entry.articleID { previous[id] = entry } }
            touched[file] = previous
        }
        for written in commit.written {
            touch(written.file)
            insert(Entry(articleID: written.articleID, line: written.line, contentHash: written.contentHash,
                         title: written.title, date: written.date, byline: written.byline, mentions: written.mentions),
                   into: written.file)
        }
        for kept in commit.kept {
            touch(kept.file)
            // A kept record that was not on the list (its file was new to this corpus) is read back.
            var entry = touched[kept.file]?[kept.articleID]
                ?? fileEntries[kept.file].first { $0.articleID == kept.articleID }
            if entry == nil, let row = try? cache.storedArticles(ids: [kept.articleID]).first {
                entry = Entry(articleID: row.id, line: row.line, contentHash: row.contentHash, title: row.title,
                              date: row.date, byline: row.byline, mentions: nil)
            }
            if var entry {
                entry.line = kept.line
                insert(entry, into: kept.file)
            }
        }
        for closed in commit.closed {
            fileEntries[closed.file].removeAll { $0.articleID.map { !closed.articleIDs.contains($0) } ?? true }
            fileProblems[closed.file] = closed.problems
            if let progress {
                self.progress = Progress(done: progress.done + 1, total: progress.total, articles: progress.articles,
                                         articlesPerSecond: progress.articlesPerSecond, secondsLeft: progress.secondsLeft)
            }
        }
        if names != nil {
            for name in commit.newNames {
                if Int(name.id) >= names!.count { names! += Array(repeating: "", count: Int(name.id) - names!.count + 1) }
                names![Int(name.id)] = name.text
            }
        }
        processedArticles += commit.written.count
        if let progress {
            let elapsed = max(Date().timeIntervalSince(runStart), 0.001)
            let rate = Double(processedArticles) / elapsed
            let left = progress.done > 0 ? elapsed / Double(progress.done) * Double(progress.total - progress.done) : nil
            self.progress = Progress(done: progress.done, total: progress.total, articles: processedArticles,
                                     articlesPerSecond: rate, secondsLeft: left)
        }
        changeCount += 1
        let due = Date().timeIntervalSince(lastPublish) >= 0.5
        lock.unlock()
        wakeLinker()
        if due { publish(isFinished: false) }
    }

    /// Puts an entry among its file's entries, by line; an entry with its id is replaced.
    private func insert(_ entry: Entry, into file: Int) {
        var entries = fileEntries[file].filter { $0.articleID != nil && $0.articleID != entry.articleID }
        let position = entries.firstIndex { ($0.line ?? 0) > (entry.line ?? 0) } ?? entries.count
        entries.insert(entry, at: position)
        fileEntries[file] = entries
    }

    // MARK: Linking

    private func wakeLinker() {
        linkWanted.lock()
        linkWanted.broadcast()
        linkWanted.unlock()
    }

    /// Links the corpus again whenever it changed and the last linking is far enough behind
    /// (five times as long ago as it took, and at least two seconds), and once more at the end.
    private func linkWhileRunning(writerDone: @escaping () -> Bool) {
        var lastLink = Date.distantPast
        var linked = false
        while true {
            let finishedWriting = writerDone()
            lock.lock()
            let stale = linkedChangeCount != changeCount
            let interval = max(2, 5 * lastLinkSeconds)
            let stopping = isStopping
            lock.unlock()
            if stopping { break }
            if finishedWriting && !stale { break }
            if stale && (finishedWriting || (mode == .reader && Date().timeIntervalSince(lastLink) >= interval)) {
                linkNow()
                linked = true
                lastLink = Date()
                publish(isFinished: finishedWriting)
                continue
            }
            linkWanted.lock()
            _ = linkWanted.wait(until: Date().addingTimeInterval(finishedWriting ? 0.05 : 0.5))
            linkWanted.unlock()
        }
        lock.lock()
        let finished = !isStopping && linkedChangeCount == changeCount
        let ids = linkedIDs, index = linkedIndex
        lock.unlock()
        if finished && linked { try? cache.saveLinkIndex(corpus: identity.id, digest: Self.digest(ids), blob: IndexCodec.encode(index)) }
        publish(isFinished: finished)
    }

    /// Links every article's mention records (reading them, and the name table, from the cache
    /// the first time) into a new index.
    private func linkNow() {
        let started = Date()
        lock.lock()
        let needsMentions = fileEntries.contains { $0.contains { $0.articleID != nil && $0.mentions == nil } }
        let needsNames = names == nil
        lock.unlock()
        let blobs = needsMentions ? (try? cache.mentionBlobs(under: identity.roots)) ?? [:] : [:]
        let loadedNames = needsNames ? (try? cache.names()) ?? [""] : nil

        lock.lock()
        if let loadedNames, names == nil { names = loadedNames }
        if needsMentions {
            for file in fileEntries.indices {
                for entry in fileEntries[file].indices where fileEntries[file][entry].mentions == nil {
                    if let id = fileEntries[file][entry].articleID { fileEntries[file][entry].mentions = blobs[id] }
                }
            }
        }
        let version = changeCount
        let entries = fileEntries.joined().map { (id: $0.articleID, mentions: $0.mentions) }
        let strings = names ?? [""]
        lock.unlock()

        var input = LinkInput(strings: strings)
        for entry in entries {
            if let mentions = entry.mentions {
                mentions.withUnsafeBytes { bytes in
                    try? RecordCodec.forEachMention(in: bytes) { mention in
                        guard mention.name < strings.count, mention.surface < strings.count,
                              (mention.code ?? 0) < strings.count else { return }
                        input.appendMention(start: Int32(mention.range.start), kind: mention.kind, form: mention.form,
                                            name: Int32(mention.name), surface: Int32(mention.surface),
                                            code: mention.code.map { Int32($0) } ?? -1, sentence: Int32(mention.sentence),
                                            paragraph: Int32(mention.paragraph))
                    }
                }
            }
            input.endArticle()
        }
        let index = EntityLinker().link(input)

        lock.lock()
        linkedIDs = entries.map(\.id)
        linkedIndex = index
        linkedChangeCount = version
        lastLinkSeconds = Date().timeIntervalSince(started)
        lock.unlock()
    }

    /// A digest of the articles a linking covered, and of the linker's version.
    static func digest(_ ids: [Int64?]) -> String {
        var hash = ContentHash.of("\(EntityLinker.version)".utf8)
        for id in ids { hash = ContentHash.of(withUnsafeBytes(of: id ?? -1) { Array($0) }, seed: hash) }
        return ContentHash.hex(hash)
    }

    // MARK: Snapshots

    /// Hands the corpus as it stands to `onUpdate`; one at a time, so that updates arrive in order.
    private func publish(isFinished: Bool) {
        publishing.lock()
        defer { publishing.unlock() }
        lock.lock()
        let callback = onUpdate
        let update = snapshotLocked(isFinished: isFinished)
        lastPublish = Date()
        lock.unlock()
        callback?(update)
    }

    private func flattenedIDs() -> [Int64?] {
        fileEntries.joined().map(\.articleID)
    }

    /// The corpus as it stands; the last linking is laid over the current list of articles.
    private func snapshotLocked(isFinished: Bool) -> Update {
        var summaries: [ArticleSummary] = []
        var ids: [Int64?] = []
        var contents: [StoredCorpus.Content] = []
        for (file, entries) in zip(files, fileEntries) {
            for entry in entries {
                summaries.append(entry.summary(of: file))
                ids.append(entry.articleID)
                contents.append(StoredCorpus.Content(path: file.path, hash: entry.contentHash))
            }
        }
        let index: CorpusIndex
        if ids == linkedIDs {
            index = linkedIndex
        } else {
            var linkedPosition: [Int64: Int] = [:]
            for (position, id) in linkedIDs.enumerated() { if let id { linkedPosition[id] = position } }
            index = linkedIndex.rearranged(ids.map { $0.flatMap { linkedPosition[$0] } })
        }
        let corpus = StoredCorpus(summaries: summaries, articleIDs: ids, contents: contents, index: index, cache: cache)
        return Update(corpus: corpus, progress: progress, problems: scanProblems + fileProblems.joined(), isFinished: isFinished)
    }
}

extension ArchiveSession {
    /// One article of the list as the session holds it.
    struct Entry {
        var articleID: Int64?
        var line: Int?
        var contentHash: UInt64
        var title: String
        var date: String?
        var byline: String?
        /// The packed mention records, for linking; nil until read.
        var mentions: [UInt8]?

        /// A file not processed yet: its name stands for its title.
        static func placeholder(for file: ScannedFile) -> Entry {
            Entry(articleID: nil, line: nil, contentHash: 0, title: (file.display as NSString).lastPathComponent,
                  date: nil, byline: nil, mentions: nil)
        }

        func summary(of file: ScannedFile) -> ArticleSummary {
            let key = line == nil && !file.isStandardInput ? file.path : "\(file.path)#\(ContentHash.hex(contentHash))"
            return ArticleSummary(key: key, title: title, date: date, byline: byline,
                                  source: line.map { "\(file.display):\($0)" } ?? file.display, isProcessed: articleID != nil)
        }
    }

    /// A file to process, with what the cache holds of it.
    struct WorkItem: Sendable {
        let file: Int
        let scanned: ScannedFile
        /// The current records the cache holds of the file, by content hash: kept, not made again.
        let keep: [UInt64: Int64]
    }

    /// A document for a worker.
    struct Job: Sendable {
        let file: Int
        let document: RawDocument
        let identity: SourceIdentity
        let contentHash: UInt64
    }

    /// A flag one thread sets when it is done and others read.
    final class Completion: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false

        func finish() {
            lock.lock()
            done = true
            lock.unlock()
        }

        var isFinished: Bool {
            lock.lock()
            defer { lock.unlock() }
            return done
        }
    }

    /// The processor, made on first need by whichever thread needs it first.
    final class ProcessorBox: @unchecked Sendable {
        private let lock = NSLock()
        private let make: @Sendable () throws -> ArticleProcessor
        private var made: ArticleProcessor?
        private var failure: Error?
        private var tried = false

        /// Why the processor could not be made, once that was tried.
        var error: Error? {
            lock.lock()
            defer { lock.unlock() }
            return failure
        }

        init(make: @escaping @Sendable () throws -> ArticleProcessor) {
            self.make = make
        }

        /// The processor, made now if need be; nil when it cannot be made (`error` says why).
        @discardableResult
        func load() -> ArticleProcessor? {
            lock.lock()
            defer { lock.unlock() }
            if !tried {
                tried = true
                do { made = try make() } catch { failure = error }
            }
            return made
        }

        var value: ArticleProcessor? { load() }
    }
}
