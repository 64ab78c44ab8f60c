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

    // MARK: Finding and moving
    /// To the next or previous article that holds the target (the selected entity's mentions
    /// or the search's hits).
    case nextTargetArticle, previousTargetArticle
    /// The search prompt; in the entity list, the prompt that filters the list by name.
    case startSearch
    /// The articles the last search found, ranked, each with a line of context.
    case showSearchResults
    /// Every mention of the selected entity across the corpus, in context.
    case showMentions
    /// The people and countries most often in the same paragraphs as the selected entity.
    case showRelated
    /// Filter the article list: the articles that mention the selected entity; starred ones;
    /// unread ones. The same again clears the filter.
    case filterByEntity, filterStarred, filterUnread
    /// The article list's order: by source, by date, by title.
    case cycleSort
    /// A digit of a count typed before a command: 175G goes to article 175.
    case countDigit(Int)
    /// The `:` prompt: go to article N.
    case startGoTo
    /// The pane to the left or to the right (h and l), without wrapping around.
    case focusLeft, focusRight
    case halfPageDown, halfPageUp
    /// Paint the whole screen again.
    case redraw
    /// The text pane alone, full width, and back.
    case toggleZoom
    /// Move the focused pane's border left or right.
    case moveBorderLeft, moveBorderRight
    /// A key typed while a prompt is open in the status line.
    case edit(Key)
}
