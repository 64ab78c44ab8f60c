/// An author's biography closing the page ("Jane Doe is a reporter who covers …") is not part
/// of the story.
enum AuthorBio {
    /// Drops, from the last three blocks, the first that opens with the byline's first name
    /// (its first two words) and everything after it.
    static func drop(from body: inout [ArticleDraft.Piece], byline: String?) {
        guard let byline, let name = byline.split(separator: ",").first.map({ $0.split(separator: " ").prefix(2).joined(separator: " ") }),
              name.count >= 5, body.count >= 4 else { return }
        for index in max(body.count - 3, 1)..<body.count where body[index].text.hasPrefix(name) {
            body.removeSubrange(index...)
            return
        }
    }
}
