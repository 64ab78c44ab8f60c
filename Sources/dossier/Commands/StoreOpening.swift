import DossierKit
import DossierStore
import Foundation

/// Opening the cache and the reading state where the environment says, with a way out when
/// they cannot be opened: a cache in a temporary folder, or a reader that keeps no state.
enum StoreOpening {
    /// The cache, and a note when it is not the usual one or was rebuilt.
    static func cache(at location: StoreLocation = .standard()) throws -> (cache: CacheDatabase, note: String?) {
        do {
            let cache = try CacheDatabase(path: location.cachePath)
            return (cache, cache.note)
        } catch {
            let folder = NSTemporaryDirectory() + "dossier-cache-\(getpid())"
            let cache = try CacheDatabase(path: folder + "/cache.sqlite")
            return (cache, "cannot use the cache \(location.cachePath) (\(error)); using \(folder) for this run")
        }
    }

    /// The reading state, or nil and why not.
    static func state(at location: StoreLocation = .standard()) -> (state: StateDatabase?, note: String?) {
        do {
            let state = try StateDatabase(path: location.statePath)
            return (state, state.note)
        } catch {
            return (nil, "cannot open the reading state \(location.statePath) (\(error)); read marks and stars will not be kept")
        }
    }
}
