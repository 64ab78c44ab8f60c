/// A page as plain text, the way a browser's "save as text" or a scraper's text export
/// writes it: every block element on its own line, paragraphs, headings and lists set apart
/// by a blank line, menus, teasers and footers included; scripts, styles and hidden elements
/// left out.
public enum PageTextDump {
    /// The text of an HTML page, decoded the way the extractor decodes it.
    public static func text(ofPage bytes: [UInt8]) -> String {
        let page = HTMLPage(bytes: bytes)
        // The title comes first, as browsers write it, set apart like a paragraph.
        var output = TextNormalization.cleanLine(page.tree.documentTitle)
        for block in page.blocks.blocks {
            if !output.isEmpty { output += block.startsParagraph ? "\n\n" : "\n" }
            output += page.blocks.string(block)
        }
        return output
    }
}
