// DossierReader: the reader as pure logic. State, actions, reducer, layout and rendering
// into a ScreenBuffer of cells; nothing here touches the terminal.
