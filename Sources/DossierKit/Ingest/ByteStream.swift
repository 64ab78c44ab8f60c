/// The bytes of one input as they are read: a file's own, or inflated from gzip when the
/// name ends in `.gz` or the data starts with gzip's magic bytes. Read in bounded chunks;
/// nothing holds the whole input unless the caller keeps it.
final class ByteStream {
    let file: InputFile
    private var inflater: GzipInflater?
    /// Bytes read ahead of the caller (the first chunk, kept while looking for gzip's magic).
    private var buffered: [UInt8] = []
    private var fileEnded = false

    /// How much of the file is read at once.
    static let chunkSize = 1 << 18

    /// Opens `file` and reads its first chunk to see whether it is gzip.
    /// - Throws: `DossierError` when reading fails, or the name says gzip and the bytes are not.
    init(file: InputFile, nameSaysGzip: Bool) throws {
        self.file = file
        // A file of known size is read into a buffer of its size, not of a whole chunk: the
        // buffer becomes the document's bytes, and a small file would keep a chunk's memory.
        let first = file.size.map { min(Self.chunkSize, $0 + 1) } ?? Self.chunkSize
        if try file.read(upTo: first, appendingTo: &buffered) == 0 { fileEnded = true }
        if nameSaysGzip || Gzip.isCompressed(buffered) {
            let inflater = try Self.failing(file.path) { try GzipInflater() }
            inflater.feed(buffered)
            buffered.removeAll()
            self.inflater = inflater
        }
    }

    var isCompressed: Bool { inflater != nil }

    /// Reads up to `count` bytes onto the end of `buffer`; returns how many, 0 at the end.
    /// - Throws: `DossierError.unreadable` when the file cannot be read or its gzip data is
    ///   damaged or cut short.
    @discardableResult
    func read(upTo count: Int, appendingTo buffer: inout [UInt8]) throws -> Int {
        guard count > 0 else { return 0 }
        guard let inflater else {
            if !buffered.isEmpty {
                let taken = min(count, buffered.count)
                buffer.append(contentsOf: buffered[0..<taken])
                buffered.removeFirst(taken)
                return taken
            }
            if fileEnded { return 0 }
            let got = try file.read(upTo: min(count, Self.chunkSize), appendingTo: &buffer)
            if got == 0 { fileEnded = true }
            return got
        }
        let start = buffer.count
        while true {
            try Self.failing(file.path) { try inflater.inflate(into: &buffer, limit: start + count) }
            // Done, or some bytes to give while the inflater waits for more input.
            if buffer.count - start >= count || inflater.isFinished || buffer.count > start { break }
            var chunk: [UInt8] = []
            if !fileEnded, try file.read(upTo: Self.chunkSize, appendingTo: &chunk) == 0 { fileEnded = true }
            if fileEnded {
                throw DossierError.unreadable(file.path, reason: "the gzip data is cut short")
            }
            inflater.feed(chunk)
        }
        return buffer.count - start
    }

    /// Reads until `buffer` holds `count` more bytes or the stream ends; returns how many.
    @discardableResult
    func readFully(_ count: Int, appendingTo buffer: inout [UInt8]) throws -> Int {
        var total = 0
        while total < count {
            let got = try read(upTo: count - total, appendingTo: &buffer)
            if got == 0 { break }
            total += got
        }
        return total
    }

    private static func failing<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Gzip.Failure {
            throw DossierError.unreadable(path, reason: failure.description)
        }
    }
}
