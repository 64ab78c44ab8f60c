import CZlib

/// A gzip stream inflated piece by piece through zlib, so that neither the compressed nor the
/// inflated bytes need to be held whole, and inflating stops at any output size asked.
/// Concatenated gzip members are read one after the other, as `gunzip` does.
///
///     let inflater = try GzipInflater()
///     inflater.feed(compressedChunk)
///     var output: [UInt8] = []
///     try inflater.inflate(into: &output, limit: 1 << 20)
final class GzipInflater {
    private var stream = z_stream()
    /// Compressed bytes fed and not yet inflated start at `pendingStart`.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var scratch = [UInt8](repeating: 0, count: 1 << 16)
    /// True once the last member ended with no input after it.
    private(set) var isFinished = false

    /// How much input or output zlib sees at once: well inside its 32-bit counters.
    private static let step = 1 << 20

    init() throws {
        guard dossier_inflate_init_gzip(&stream) == Z_OK else { throw Gzip.Failure(description: "zlib failed to start") }
    }

    deinit { inflateEnd(&stream) }

    /// True when input fed is waiting to be inflated.
    var hasPendingInput: Bool { pendingStart < pending.count }

    func feed(_ bytes: some Collection<UInt8>) {
        if pendingStart > 0 && pendingStart == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingStart = 0
        } else if pendingStart >= Self.step {
            pending.removeFirst(pendingStart)
            pendingStart = 0
        }
        pending.append(contentsOf: bytes)
    }

    /// Inflates into `output` until it holds `limit` bytes, the input fed so far is used up,
    /// or the stream ends (`isFinished`).
    /// - Throws: `Gzip.Failure` when the data is not gzip or is damaged.
    func inflate(into output: inout [UInt8], limit: Int) throws {
        while !isFinished && output.count < limit {
            if !hasPendingInput { return }
            let available = min(pending.count - pendingStart, Self.step)
            let room = min(scratch.count, limit - output.count)
            let (status, consumed, produced) = pending.withUnsafeMutableBufferPointer { input in
                scratch.withUnsafeMutableBufferPointer { out -> (Int32, Int, Int) in
                    stream.next_in = input.baseAddress! + pendingStart
                    stream.avail_in = UInt32(available)
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(room)
                    let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, available - Int(stream.avail_in), room - Int(stream.avail_out))
                }
            }
            stream.next_in = nil
            stream.next_out = nil
            pendingStart += consumed
            output.append(contentsOf: scratch[0..<produced])
            switch status {
            case Z_STREAM_END:
                // Another member may follow.
                if hasPendingInput {
                    guard inflateReset(&stream) == Z_OK else { throw Gzip.Failure(description: "the gzip data is damaged") }
                } else {
                    isFinished = true
                }
            case Z_OK where consumed > 0 || produced > 0:
                continue
            case Z_OK, Z_BUF_ERROR:
                return // no progress: it needs more input than it has
            default:
                throw Gzip.Failure(description: "the gzip data is damaged")
            }
        }
    }
}
