@_exported import CFuzzerDriver
import Foundation

/// Runs libFuzzer with the process's arguments, calling `body` with each input.
public enum FuzzDriver {
    /// The input being tried, for the C callback, which cannot capture context.
    nonisolated(unsafe) private static var body: ((UnsafeBufferPointer<UInt8>) -> Void)?

    public static func run(arguments argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
                           _ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Int32 {
        Self.body = body
        var count = argc
        var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return LLVMFuzzerRunDriver(&count, &values) { data, size in
            FuzzDriver.body?(UnsafeBufferPointer(start: data, count: size))
            return 0
        }
    }
}

/// A file the loader can read an input from, rewritten for each input; named with the
/// ending that sets the format the loader reads it as.
public struct ScratchFile {
    public let folder: String

    public init() {
        folder = NSTemporaryDirectory() + "dossier-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `folder/input<ending>` and returns its path.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>, ending: String) -> String {
        let path = folder + "/input" + ending
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(descriptor >= 0, "cannot write \(path)")
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            precondition(written > 0, "cannot write \(path)")
            offset += written
        }
        close(descriptor)
        return path
    }
}
