/// Page titles usually carry the site's name: "Story headline | Site" or "Site - Story".
enum TitleCleaning {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    /// The longest part of a title cut at the usual separators.
    static func withoutSiteName(_ title: String) -> String {
        for separator in separators {
            let parts = title.split(separator: separator)
            guard parts.count > 1 else { continue }
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 15 {
                return TextNormalization.cleanLine(longest)
            }
        }
        return title
    }
}
