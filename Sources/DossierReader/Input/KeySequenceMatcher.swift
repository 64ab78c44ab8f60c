/// Turns keys into actions through the bindings, key sequences included, as vim does: the
/// first key of a longer sequence waits for the next one. A key that continues no sequence
/// ends the wait: the keys so far run their own binding if they have one, and the new key is
/// taken afresh (Esc just cancels the wait). When the keys so far are a whole sequence and
/// also start a longer one ("g" and "gg" both bound), the caller waits `timeout` for the next
/// key and then calls `flush`.
public struct KeySequenceMatcher: Sendable {
    /// How long a whole sequence that starts a longer one waits for the next key, as vim's
    /// 'timeoutlen'.
    public static let timeoutMilliseconds = 1000

    public let bindings: KeyBindings
    /// The keys typed so far of a sequence not yet complete.
    public private(set) var pending: [Key] = []

    public init(bindings: KeyBindings) {
        self.bindings = bindings
    }

    /// True when the pending keys are a whole sequence too: the caller should call `flush`
    /// if no key comes within the timeout.
    public var isWaitingForTimeout: Bool {
        !pending.isEmpty && bindings.action(for: pending) != nil
    }

    /// The actions that `key` completes: none while a sequence goes on or for an unbound
    /// key, two when it ends a wait for a sequence that had its own binding. While an overlay
    /// shows, a quit key that is no control key closes it, as q does in less. A digit bound to
    /// nothing is a digit of a count for the next command (175G).
    public mutating func feed(_ key: Key, overlayShown: Bool) -> [Action] {
        let keys = pending + [key]
        if bindings.isPrefix(keys) {
            pending = keys
            return []
        }
        if let action = bindings.action(for: keys) {
            pending = []
            return [Self.action(action, for: keys, overlayShown: overlayShown)]
        }
        if pending.isEmpty, case .character(let character) = key, character.isASCII, let digit = character.wholeNumberValue {
            return [.countDigit(digit)]
        }
        guard !pending.isEmpty else { return [] }
        if key == .escape {
            pending = []
            return []
        }
        let resolved = flush(overlayShown: overlayShown)
        return resolved + feed(key, overlayShown: overlayShown)
    }

    /// Ends the wait: the pending keys' own action, if they have one.
    public mutating func flush(overlayShown: Bool) -> [Action] {
        defer { pending = [] }
        return bindings.action(for: pending).map { [Self.action($0, for: pending, overlayShown: overlayShown)] } ?? []
    }

    private static func action(_ action: Action, for keys: [Key], overlayShown: Bool) -> Action {
        let hasControlKey = keys.contains { if case .control = $0 { true } else { false } }
        return overlayShown && action == .quit && !hasControlKey ? .dismiss : action
    }
}
