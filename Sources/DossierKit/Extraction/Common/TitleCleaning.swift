import Foundation

/// Page titles usually carry the site's name: "Story headline | Site" or "Site - Story".
enum TitleCleaning {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    /// The longest part of a title cut at the usual separators.
    static func withoutSiteName(_ title: String) -> String {
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), longest.count >= 15 {
                return longest.trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }
}
