@testable import DossierReader

extension ReaderState {
    /// The state after each action in turn.
    func after(_ actions: Action...) -> ReaderState {
        after(actions)
    }

    func after(_ actions: [Action]) -> ReaderState {
        actions.reduce(self) { ReaderState.reduce($0, $1) }
    }
}
