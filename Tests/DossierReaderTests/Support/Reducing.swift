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

extension ReaderState {
    /// The state with `pane` focused, reached by Tab: on a narrow screen some actions (opening,
    /// selecting) move the focus themselves, so the same keys end on different panes.
    func focusing(_ pane: Pane) -> ReaderState {
        var state = self
        for _ in Pane.allCases where state.focus != pane { state = state.after(.focusNext) }
        return state
    }
}
