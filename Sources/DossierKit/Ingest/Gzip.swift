/// gzip decompression through zlib, of bytes in memory. Files are inflated as they are read
/// (`GzipInflater`, through `DocumentLoader`), up to the `ByteCap`.
public enum Gzip {
    public static func isCompressed(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        return iterator.next() == 0x1F && iterator.next() == 0x8B
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The decompressed bytes of a gzip stream (concatenated members included).
    public static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        let inflated = try decompress(input, limit: .max)
        return inflated.bytes
    }

    /// At most `limit` decompressed bytes of a gzip stream, and whether the stream holds more.
    /// Memory stays within the input and `limit`, however far the data would inflate.
    /// - Throws: `Failure` when the data is not gzip, is damaged or is cut short before `limit`.
    public static func decompress(_ input: [UInt8], limit: Int) throws -> (bytes: [UInt8], isTruncated: Bool) {
        let inflater = try GzipInflater()
        inflater.feed(input)
        var output: [UInt8] = []
        output.reserveCapacity(min(min(input.count, 1 << 24) * 4, limit))
        let probe = limit == .max ? limit : limit + 1
        try inflater.inflate(into: &output, limit: probe)
        if output.count > limit {
            output.removeLast(output.count - limit)
            return (output, true)
        }
        guard inflater.isFinished else { throw Failure(description: "the gzip data is cut short") }
        return (output, false)
    }
}
