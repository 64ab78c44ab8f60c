import CZlib

/// gzip decompression through zlib.
public enum Gzip {
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The decompressed bytes of a gzip stream (concatenated members included).
    public static func decompress(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard dossier_inflate_init_gzip(&stream) == Z_OK else { throw Failure(description: "zlib failed to start") }
        defer { inflateEnd(&stream) }

        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        return try input.withUnsafeBufferPointer { inputBuffer -> [UInt8] in
            stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int32 in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow.
                    if stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
                    return output
                case Z_OK:
                    if stream.avail_in == 0 && stream.avail_out != 0 {
                        throw Failure(description: "the gzip data is cut short")
                    }
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw Failure(description: "the gzip data is cut short")
                default:
                    throw Failure(description: "the gzip data is damaged")
                }
            }
        }
    }
}
