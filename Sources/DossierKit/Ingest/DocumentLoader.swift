/// Reads one file (or standard input) into raw documents: gzip is undone, the format is taken
/// from the name or sniffed, and a JSON Lines input gives one document per record.
///
/// Reading is bounded by a `ByteCap` (64 MB unless `DOSSIER_MAX_BYTES` says otherwise): an
/// HTML or text file, or the inflated data of a gzip file, is read up to the cap and its
/// article opens from what was read, with a problem naming the file; for JSON Lines the cap
/// applies to each record (line), so an export of any number of records is read in bounded
/// memory, and a record over the cap is skipped and named. Files are read in chunks, and what
/// is not an article is refused with a problem before anything is extracted: an empty file,
/// binary data (an image, an archive, a program, bytes full of controls), a named pipe, a device.
public enum DocumentLoader {
    /// The documents of one file, and the problems with records that could not be read or
    /// with what was left unread.
    /// - Throws: `DossierError` when the file itself cannot be read.
    public static func load(path: String) throws -> (documents: [RawDocument], problems: [DossierError]) {
        try load(path: path, cap: .standard)
    }

    /// `load(path:)` with a cap of its own.
    public static func load(path: String, cap: ByteCap) throws -> (documents: [RawDocument], problems: [DossierError]) {
        var documents: [RawDocument] = []
        let problems = try forEachDocument(path: path, cap: cap) { documents.append($0) }
        return (documents, problems)
    }

    /// Reads `path` (`-` for standard input) and gives its documents to `body` one at a time,
    /// as they are read: a JSON Lines export of any size is read with memory for one record.
    /// Returns the problems met on the way: records that are not usable (`path:LINE`), records
    /// over the cap, a file cut at the cap.
    /// - Throws: `DossierError` when the file itself cannot be read or is not text; documents
    ///   already given to `body` stay given.
    ///
    ///     let problems = try DocumentLoader.forEachDocument(path: "export.jsonl") { document in
    ///         articles.append(extractor.extract(document))
    ///     }
    public static func forEachDocument(path: String, cap: ByteCap = .standard,
                                       _ body: (RawDocument) -> Void) throws -> [DossierError] {
        let file = try InputFile(path: path)
        var name = path == SourceDiscovery.standardInput ? "" : (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        let nameSaysGzip = name.hasSuffix(".gz")
        if nameSaysGzip { name.removeLast(3) }
        let stream = try ByteStream(file: file, nameSaysGzip: nameSaysGzip)

        var head: [UInt8] = []
        let headLength = try stream.readFully(ContentSniffing.headLength, appendingTo: &head)
        if headLength < ContentSniffing.headLength && head.allSatisfy(ContentSniffing.isBlank) {
            throw DossierError.badInput(path, reason: head.isEmpty ? "empty file; skipped" : "nothing but blank space; skipped")
        }
        if let kind = ContentSniffing.binaryKind(head[...]) {
            throw DossierError.badInput(path, reason: "\(kind), not text; skipped")
        }
        let format: Format
        switch name.lastIndex(of: ".").map({ String(name[$0...].dropFirst()) }) ?? "" {
        case "jsonl", "ndjson": format = .jsonLines
        case "html", "htm", "xhtml": format = .html
        case "txt", "text": format = .text
        default: format = sniffedFormat(head)
        }
        switch format {
        case .jsonLines:
            return try readRecords(stream, head: head, path: path, cap: cap, body)
        case .html, .text:
            let (bytes, problem) = try readDocument(stream, head: head, path: path, cap: cap)
            body(RawDocument(source: path, bytes: DocumentBytes.prepared(bytes), format: format == .html ? .html : .text))
            return problem.map { [$0] } ?? []
        }
    }

    enum Format {
        case html, text, jsonLines
    }

    /// The format of an input whose name does not tell: JSON Lines when its lines open JSON
    /// objects, HTML when it opens with a tag and an html, head or body tag comes early, text else.
    static func sniffedFormat(_ head: [UInt8]) -> Format {
        if ContentSniffing.looksLikeJSONLines(head[...]) { return .jsonLines }
        return ContentSniffing.looksLikeHTML(head[...]) ? .html : .text
    }

    /// The bytes of a page or text up to the cap, and the problem that says so when there was more.
    private static func readDocument(_ stream: ByteStream, head: [UInt8], path: String,
                                     cap: ByteCap) throws -> (bytes: [UInt8], problem: DossierError?) {
        var bytes = head
        if !stream.isCompressed, let size = stream.file.size { bytes.reserveCapacity(min(size, cap.bytes) + 1) }
        if bytes.count <= cap.bytes { try stream.readFully(cap.bytes + 1 - bytes.count, appendingTo: &bytes) }
        // Reading grows the buffer a chunk at a time; the document keeps only what it holds.
        if bytes.capacity > bytes.count + bytes.count / 8 + 4096 { bytes = [UInt8](bytes[...]) }
        guard bytes.count > cap.bytes else { return (bytes, nil) }
        bytes.removeLast(bytes.count - cap.bytes)
        let larger = stream.isCompressed ? "its data inflates to more" : "the file is larger"
        return (bytes, .badInput(path, reason: "only the first \(cap) read (\(larger); \(ByteCap.environmentVariable) sets the cap)"))
    }

    /// Gives each record of a JSON Lines stream to `body`; returns the problems.
    private static func readRecords(_ stream: ByteStream, head: [UInt8], path: String, cap: ByteCap,
                                    _ body: (RawDocument) -> Void) throws -> [DossierError] {
        var lines = BoundedLineReader(stream: stream, head: head, cap: cap.bytes)
        var problems: [DossierError] = []
        var count = 0
        while let line = try lines.next() {
            switch line {
            case .tooLong(let number):
                problems.append(.badInput("\(path):\(number)", reason: "record longer than \(cap); skipped (\(ByteCap.environmentVariable) sets the cap)"))
            case .text(let number, var bytes):
                if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) } // a byte-order mark
                switch JSONLinesRecords.record(bytes, source: "\(path):\(number)") {
                case .success(let document)?:
                    count += 1
                    body(document)
                case .failure(let problem)?:
                    problems.append(problem)
                case nil:
                    break
                }
            }
        }
        if count == 0 && problems.isEmpty { problems.append(.nothingReadable(path)) }
        return problems
    }
}
