/// A key press, as the terminal driver decodes it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// A letter typed with Control held: `.control("c")` for Ctrl-C.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
}
