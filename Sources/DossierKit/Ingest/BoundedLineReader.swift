/// The lines of a byte stream, one at a time, each at most `cap` bytes: memory stays within
/// the cap and one chunk whatever the stream's size. A longer line is skipped to its end
/// and reported, so that one huge record does not cost the records after it.
struct BoundedLineReader {
    enum Line {
        /// A line's bytes, without its line feed; `number` counts from 1.
        case text(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the cap, skipped.
        case tooLong(number: Int)
    }

    private let stream: ByteStream
    private let cap: Int
    private var buffer: [UInt8]
    /// Where the next line starts in `buffer`, and where the search for its end resumes.
    private var lineStart = 0
    private var searchFrom = 0
    private var ended = false
    private var lineNumber = 0

    /// Lines of `stream`, which starts with the bytes already read from it in `head`.
    init(stream: ByteStream, head: [UInt8], cap: Int) {
        self.stream = stream
        self.cap = cap
        self.buffer = head
    }

    /// The next line, nil at the end of the stream.
    /// - Throws: `DossierError` when the stream cannot be read.
    mutating func next() throws -> Line? {
        while true {
            if let end = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                lineNumber += 1
                let start = lineStart
                lineStart = end + 1
                searchFrom = lineStart
                if end - start > cap { return .tooLong(number: lineNumber) }
                return .text(number: lineNumber, bytes: buffer[start..<end])
            }
            searchFrom = buffer.endIndex
            if ended {
                guard lineStart < buffer.endIndex else { return nil }
                lineNumber += 1
                let start = lineStart
                lineStart = buffer.endIndex
                return buffer.endIndex - start > cap ? .tooLong(number: lineNumber) : .text(number: lineNumber, bytes: buffer[start...])
            }
            if buffer.endIndex - lineStart > cap {
                lineNumber += 1
                try skipToLineEnd()
                return .tooLong(number: lineNumber)
            }
            try refill()
        }
    }

    /// Drops what was read of the current line and reads on past its line feed.
    private mutating func skipToLineEnd() throws {
        while true {
            buffer.removeAll(keepingCapacity: true)
            lineStart = 0
            searchFrom = 0
            if try stream.read(upTo: ByteStream.chunkSize, appendingTo: &buffer) == 0 {
                ended = true
                buffer.removeAll()
                return
            }
            if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                lineStart = end + 1
                searchFrom = lineStart
                return
            }
        }
    }

    /// Moves the current line to the start of the buffer and reads another chunk after it.
    private mutating func refill() throws {
        if lineStart > 0 {
            buffer.removeFirst(lineStart)
            searchFrom -= lineStart
            lineStart = 0
        }
        if try stream.read(upTo: ByteStream.chunkSize, appendingTo: &buffer) == 0 { ended = true }
    }
}
