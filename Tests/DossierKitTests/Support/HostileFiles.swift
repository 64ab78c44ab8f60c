import CZlib
import Foundation

/// Hostile inputs written at test time into a temporary folder: gzip bombs (small on disk,
/// huge inflated), binary files, named pipes. Nothing of the kind is kept in the project.
final class HostileFiles {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    /// A gzip file of `head`, then `fill` repeated to `size` bytes, then `tail`: a few KB on
    /// disk for hundreds of MB inflated.
    @discardableResult
    func writeGzip(_ name: String, head: String = "", fill: UInt8, size: Int, tail: String = "") throws -> String {
        try write(name, Self.gzip(head: Array(head.utf8), fill: fill, size: size, tail: Array(tail.utf8)))
    }

    /// A named pipe that nothing writes to.
    func makeFIFO(_ name: String) throws -> String {
        guard mkfifo(path(name), 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return path(name)
    }

    /// gzip of `head`, `size` bytes of `fill` and `tail`, compressed chunk by chunk.
    static func gzip(head: [UInt8], fill: UInt8, size: Int, tail: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        let started = deflateInit2_(&stream, 9, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib failed to start")
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        func deflate(_ input: [UInt8], flush: Int32) {
            var input = input
            input.withUnsafeMutableBufferPointer { inBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                repeat {
                    scratch.withUnsafeMutableBufferPointer { outBuffer in
                        stream.next_out = outBuffer.baseAddress
                        stream.avail_out = UInt32(outBuffer.count)
                        _ = CZlib.deflate(&stream, flush)
                        output.append(contentsOf: outBuffer[0..<(outBuffer.count - Int(stream.avail_out))])
                    }
                } while stream.avail_out == 0 || stream.avail_in > 0
            }
        }
        deflate(head, flush: Z_NO_FLUSH)
        let chunk = [UInt8](repeating: fill, count: 1 << 20)
        var left = size
        while left > 0 {
            deflate(Array(chunk.prefix(left)), flush: Z_NO_FLUSH)
            left -= min(left, chunk.count)
        }
        deflate(tail, flush: Z_FINISH)
        return output
    }
}
