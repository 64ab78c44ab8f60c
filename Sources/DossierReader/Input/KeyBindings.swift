/// The key sequences of each command as configured: the defaults of `KeyMap.commands`, with
/// the settings' keys in place of the defaults of the commands they name.
public struct KeyBindings: Sendable {
    public struct Binding: Sendable {
        public let command: KeyMap.Command
        public let sequences: [[Key]]

        /// How the help writes the keys: "j ↓", "gg Home".
        public var label: String {
            sequences.map(KeyNotation.label).joined(separator: " ")
        }
    }

    /// Every command, in the table's order, with its keys (none for a command left unbound).
    public let bindings: [Binding]
    /// The action of each whole sequence.
    private let actions: [[Key]: Action]
    /// Every sequence that a longer one starts with.
    private let prefixes: Set<[Key]>

    /// The defaults of `KeyMap.commands`.
    public static let defaults = KeyBindings(overriding: [:])

    /// The defaults with the commands named in `overrides` (by `KeyMap.Command.name`) given
    /// those keys instead. A sequence given to one command is taken from the defaults of the
    /// others, so that the settings' choice wins. Unknown names are left out (the settings
    /// reader reports them).
    public init(overriding overrides: [String: [[Key]]]) {
        let configured = Set(overrides.values.joined())
        bindings = KeyMap.commands.map { command in
            if let sequences = overrides[command.name] { return Binding(command: command, sequences: sequences) }
            let defaults = command.defaultKeys.compactMap { try? KeyNotation.sequence($0) }
            return Binding(command: command, sequences: defaults.filter { !configured.contains($0) })
        }
        var actions: [[Key]: Action] = [:]
        var prefixes: Set<[Key]> = []
        for binding in bindings {
            for sequence in binding.sequences {
                if actions[sequence] == nil { actions[sequence] = binding.command.action }
                for length in 1..<sequence.count { prefixes.insert(Array(sequence.prefix(length))) }
            }
        }
        self.actions = actions
        self.prefixes = prefixes
    }

    /// The action of a whole sequence, if it is bound.
    public func action(for sequence: [Key]) -> Action? {
        actions[sequence]
    }

    /// True when a longer bound sequence starts with `keys`.
    public func isPrefix(_ keys: [Key]) -> Bool {
        prefixes.contains(keys)
    }

    /// The binding of an action, if the table has one.
    public func binding(of action: Action) -> Binding? {
        bindings.first { $0.command.action == action }
    }

    /// The first key sequence of an action as the help writes it ("?"), or nil when unbound;
    /// for hints that name keys.
    public func firstLabel(of action: Action) -> String? {
        binding(of: action)?.sequences.first.map(KeyNotation.label)
    }
}
