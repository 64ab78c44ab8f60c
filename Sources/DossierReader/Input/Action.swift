/// What the reader is asked to do; keys become actions through `KeyBindings`, the mouse
/// through `mouse`.
public enum Action: Hashable, Sendable {
    /// Down or up by one: the cursor of a list, or the text by one row.
    case moveDown, moveUp
    case pageDown, pageUp
    case top, bottom
    case focusNext, focusPrevious
    /// Open the article under the cursor, or select the entity under the cursor.
    case activate
    /// Jump to the next or previous mention of the selected entity, across articles.
    case nextMention, previousMention
    /// The mentions view of the selected entity: every mention in context.
    case openMentions
    /// Between the open article's entities and all entities of the corpus.
    case toggleEntityScope
    /// Mark the article read or unread; star it or take its star away.
    case toggleRead, toggleStar
    /// Scan the paths again for new, changed and deleted files.
    case rescan
    case toggleHelp
    /// The files and records that could not be read.
    case toggleProblems
    /// Close the help, or else clear the selected entity.
    case dismiss
    case resize(Size)
    /// A click or a turn of the wheel: `ReaderState+Mouse` finds what is under it.
    case mouse(MouseEvent)
    case quit
}
