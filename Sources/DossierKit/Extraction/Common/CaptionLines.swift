/// Lines that caption or credit a picture rather than tell the story: "Photo: …",
/// "Top image credit: …", "… REUTERS/Jane Doe", "(Getty Images)", "© Agency".
enum CaptionLines {
    static func isCaption(_ line: String) -> Bool {
        isCaption(LineText(line))
    }

    static func isCaption(_ line: LineText) -> Bool {
        if prefixes.isPrefix(of: line) { return true }
        if line.contains(copyrightSign) { return true }
        return credits.isContained(in: line)
    }

    private static let copyrightSign = Array("©".utf8)

    private static let prefixes = WordPhrases([
        "photo:", "photos:", "image:", "images:", "credit:", "credits:", "caption:", "picture:", "pictured:",
        "top image credit", "top photo credit", "image credit", "photo credit", "photograph:", "illustration:",
        "(photo", "(image", "file photo", "source: getty", "video:",
    ])

    /// Credit formats of agencies and photographers.
    private static let credits = WordPhrases([
        "reuters/", "ap photo", "afp photo", "afp via getty", "getty images", "photo by ", "photograph by",
        "image via ", "photo via ", "shutterstock", "via reuters", "/afp", "/ap)", "(ap photo", "image credit:",
        "photo credit:", "credit: ", "photo: ",
    ])
}
