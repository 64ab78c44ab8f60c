import Foundation

/// Where Dossier keeps its files, after the XDG base directories: the cache (processed
/// records, the mention index, the full-text index; it can be deleted at any time) under
/// `$XDG_CACHE_HOME/dossier` (`~/.cache/dossier`), and the reading state (read, starred, the
/// place in each corpus; never to be lost) under `$XDG_DATA_HOME/dossier`
/// (`~/.local/share/dossier`).
public struct StoreLocation: Sendable, Hashable {
    public let cacheFolder: String
    public let dataFolder: String

    public init(cacheFolder: String, dataFolder: String) {
        self.cacheFolder = cacheFolder
        self.dataFolder = dataFolder
    }

    /// The folders the environment names; a relative or empty XDG variable is ignored, as the
    /// specification says.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return (home as NSString).appendingPathComponent(fallback)
        }
        return StoreLocation(cacheFolder: (base("XDG_CACHE_HOME", ".cache") as NSString).appendingPathComponent("dossier"),
                             dataFolder: (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("dossier"))
    }

    public var cachePath: String { (cacheFolder as NSString).appendingPathComponent("cache.sqlite") }
    public var statePath: String { (dataFolder as NSString).appendingPathComponent("state.sqlite") }
}
