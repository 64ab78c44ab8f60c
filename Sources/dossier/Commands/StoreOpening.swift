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
            let cache = try CacheDatabase(
                temporaryBecause: "cannot use the cache \(location.cachePath) (\(Self.reason(error))); this run uses a temporary one")
            return (cache, cache.note)
        }
    }

    /// An error as one short clause: Foundation's errors say the most in their description.
    static func reason(_ error: Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return "\(error)"
    }

    /// The reading state, or nil and why not.
    static func state(at location: StoreLocation = .standard()) -> (state: StateDatabase?, note: String?) {
        do {
            let state = try StateDatabase(path: location.statePath)
            return (state, state.note)
        } catch {
            return (nil, "cannot open the reading state \(location.statePath) (\(Self.reason(error))); read marks and stars will not be kept")
        }
    }
}
