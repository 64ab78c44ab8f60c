import Foundation

/// How many bytes Dossier reads of one file, of one decompressed gzip stream and of one JSON
/// Lines record: what lies beyond is skipped with a note naming the file, so that a huge file
/// or a gzip bomb (a few MB that inflate to gigabytes) costs bounded time and memory.
///
/// 64 MB unless the environment sets `DOSSIER_MAX_BYTES` (a number of bytes, or with a `K`,
/// `M` or `G` suffix: `DOSSIER_MAX_BYTES=256M`); never more than 1 GB, so that every offset
/// into a document fits the 32-bit fields the HTML parser uses.
///
///     ByteCap(parsing: "256M")?.bytes   // 268_435_456
public struct ByteCap: Sendable, Equatable, CustomStringConvertible {
    public let bytes: Int

    public static let defaultBytes = 64 << 20
    public static let maximumBytes = 1 << 30
    /// The environment variable that sets the cap for every command.
    public static let environmentVariable = "DOSSIER_MAX_BYTES"

    /// `bytes`, kept between 1 byte and `maximumBytes`.
    public init(bytes: Int) {
        self.bytes = min(max(bytes, 1), Self.maximumBytes)
    }

    /// A size as people write it: `1000`, `512K`, `64M`, `1G` (powers of 1024); nil for
    /// anything else.
    public init?(parsing text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        if digits.hasSuffix("B") { digits.removeLast() }
        var shift = 0
        switch digits.last {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        default: break
        }
        if shift > 0 { digits.removeLast() }
        guard let number = Int(digits), number > 0, number <= Self.maximumBytes >> shift else { return nil }
        self.init(bytes: number << shift)
    }

    /// 64 MB, or what `DOSSIER_MAX_BYTES` says when it holds a size.
    public static let standard: ByteCap = {
        guard let value = ProcessInfo.processInfo.environment[environmentVariable], let cap = ByteCap(parsing: value) else {
            return ByteCap(bytes: defaultBytes)
        }
        return cap
    }()

    /// "64 MB", "512 KB", "1000 bytes".
    public var description: String {
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
