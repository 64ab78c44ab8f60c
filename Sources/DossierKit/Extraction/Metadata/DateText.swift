import Foundation

/// Dates as pages write them, turned into ISO 8601.
///
/// Machine dates ("2019-11-19T13:03:00.000Z", "20191119") keep their time and zone; written
/// dates ("Nov. 19, 2019", "19 November 2019", "November 19th, 2019 8:03 am ET",
/// "2019/11/19", "11/19/2019", "19.11.2019") give the day.
enum DateText {
    /// The ISO 8601 form of a date in `text`, or nil when it holds no recognizable date.
    static func iso(_ text: String) -> String? {
        let trimmed = TextNormalization.trimming(text, .whitespacesAndNewlines)
        if let machine = machineDate(trimmed) { return machine }
        return writtenDate(trimmed)
    }

    /// `YYYY-MM-DD` with an optional `THH:MM[:SS][.fff](Z|±HH:MM)` (a space may stand for the T).
    static func machineDate(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? { number(in: bytes, at: start, count) }
        var year: Int?, month: Int?, day: Int?, next = 0
        if let y = digits(0, 4), bytes.count >= 10, bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
           bytes[7] == bytes[4], let m = digits(5, 2), let d = digits(8, 2) {
            (year, month, day, next) = (y, m, d, 10)
        } else if let y = digits(0, 4), let m = digits(4, 2), let d = digits(6, 2), bytes.count == 8 || digits(8, 1) == nil {
            (year, month, day, next) = (y, m, d, 8)
        }
        guard let year, let month, let day, isValid(year: year, month: month, day: day) else { return nil }
        var result = format(year: year, month: month, day: day)
        if next < bytes.count, bytes[next] == UInt8(ascii: "T") || bytes[next] == UInt8(ascii: " "),
           let hour = digits(next + 1, 2), bytes.count > next + 3, bytes[next + 3] == UInt8(ascii: ":"),
           let minute = digits(next + 4, 2), hour < 24, minute < 60 {
            var cursor = next + 6
            var second = 0
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":"), let s = digits(cursor + 1, 2) {
                second = s
                cursor += 3
            }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ".") {
                cursor += 1
                while cursor < bytes.count, bytes[cursor] >= 0x30 && bytes[cursor] <= 0x39 { cursor += 1 }
            }
            var zone = ""
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "Z") {
                zone = "Z"
            } else if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "+") || bytes[cursor] == UInt8(ascii: "-"),
                      let zoneHours = digits(cursor + 1, 2) {
                let colon = cursor + 3 < bytes.count && bytes[cursor + 3] == UInt8(ascii: ":")
                let zoneMinutes = digits(cursor + (colon ? 4 : 3), 2) ?? 0
                zone = String(UnicodeScalar(bytes[cursor])) + pad(zoneHours) + ":" + pad(zoneMinutes)
            }
            result += "T" + pad(hour) + ":" + pad(minute) + ":" + pad(second) + zone
        }
        return result
    }

    /// Seconds since 1970 of an ISO date made by `machineDate` (a day alone is its midnight; a
    /// time without a zone is taken as UTC), for ordering two declared dates.
    static func instant(_ iso: String) -> Int? {
        let bytes = Array(iso.utf8)
        func number(_ start: Int, _ count: Int) -> Int? { Self.number(in: bytes, at: start, count) }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
        // Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        var seconds = (era * 146_097 + dayOfEra - 719_468) * 86_400
        guard bytes.count >= 19, let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2) else { return seconds }
        seconds += hour * 3600 + minute * 60 + second
        if bytes.count >= 25, let zoneHours = number(20, 2), let zoneMinutes = number(23, 2) {
            let offset = zoneHours * 3600 + zoneMinutes * 60
            seconds += bytes[19] == UInt8(ascii: "-") ? offset : -offset
        }
        return seconds
    }

    /// True for a numeric date whose first two numbers could each be the month ("03-09-2026",
    /// "3/9/2026"): which is the day is a guess.
    static func isAmbiguousNumericDate(_ text: String) -> Bool {
        let trimmed = TextNormalization.trimming(text, .whitespacesAndNewlines)
        guard let separator = trimmed.first(where: { $0 == "/" || $0 == "." || $0 == "-" }) else { return false }
        let parts = trimmed.prefix { $0 != " " && $0 != "T" }.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]) else { return false }
        return a != b && (1...12).contains(a) && (1...12).contains(b)
    }

    /// The number `count` digits at `start` of `bytes` write, or nil where a byte is no digit.
    private static func number(in bytes: [UInt8], at start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// A date written in words or with slashes or dots, anywhere in the text.
    static func writtenDate(_ text: String) -> String? {
        writtenDateMatch(text)?.iso
    }

    /// The first date written in `text` and where it starts ("By Jane Doe May 2, 2024" gives
    /// 2024-05-02 and the index of "May"). A machine date standing as one word counts too.
    static func writtenDateMatch(_ text: String) -> (iso: String, start: String.Index)? {
        // Every form read here has a four-digit year.
        guard hasFourDigits(text) else { return nil }
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            if let month = monthNumber(token) {
                // "November 19, 2019" / "Nov. 19th 2019"
                if index + 2 < tokens.count, let day = dayNumber(tokens[index + 1]), let year = yearNumber(tokens[index + 2]),
                   isValid(year: year, month: month, day: day) {
                    return (format(year: year, month: month, day: day), token.startIndex)
                }
                // "19 November 2019"
                if index >= 1, index + 1 < tokens.count, let day = dayNumber(tokens[index - 1]), let year = yearNumber(tokens[index + 1]),
                   isValid(year: year, month: month, day: day) {
                    return (format(year: year, month: month, day: day), tokens[index - 1].startIndex)
                }
            }
            if let numeric = numericDate(token) { return (numeric, token.startIndex) }
            if token.utf8.count > 10, opensNumber(token), let machine = machineDate(String(token)) { return (String(machine.prefix(10)), token.startIndex) }
        }
        return nil
    }

    private static func hasFourDigits(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte >= 0x30 && byte <= 0x39 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// True for a partial date, as lists of posts print them: "Jul 11", "11 July", "Sat", "Sat 20".
    static func isPartialDate(_ text: String) -> Bool {
        let tokens = tokenize(text)
        guard (1...3).contains(tokens.count) else { return false }
        return tokens.allSatisfy { monthNumber($0) != nil || dayNumber($0) != nil || weekdays.contains($0.lowercased().trimmingCharacters(in: [".", ","])) }
    }

    private static let weekdays: Set<String> = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return Set(names + names.map { String($0.prefix(3)) } + ["tues", "thur", "thurs"])
    }()

    /// "2019/11/19", "2019.11.19", "11/19/2019" (month first when the first number could be a
    /// month), "19.11.2019" (day first with dots).
    static func numericDate(_ token: Substring) -> String? {
        guard opensNumber(token), token.utf8.contains(where: { $0 == 0x2F || $0 == 0x2E || $0 == 0x2D }) else { return nil }
        for separator in ["/", ".", "-"] {
            let parts = token.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4, isValid(year: a, month: b, day: c) { return format(year: a, month: b, day: c) }
            guard parts[2].count == 4 else { continue }
            if separator == "/", isValid(year: c, month: a, day: b) { return format(year: c, month: a, day: b) }
            if isValid(year: c, month: b, day: a) { return format(year: c, month: b, day: a) }
        }
        return nil
    }

    /// Words between spaces, commas, bars, brackets and bullets. Text of ASCII bytes without a
    /// carriage return (which joins a following line feed into one character) is split by bytes,
    /// the same words at far less cost than splitting characters.
    private static func tokenize(_ text: String) -> [Substring] {
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            return text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x7C || $0 == 0x0A || $0 == 0x28 || $0 == 0x29 })
                .map { Substring($0) }
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "\u{00A0}" || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "•" || $0 == "·" })
    }

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// A month's name is ASCII letters (no other letter lowers to one of a month's), with a dot
    /// after an abbreviation: tokens of other bytes are not looked up.
    private static func monthNumber(_ token: Substring) -> Int? {
        guard (3...10).contains(token.utf8.count) else { return nil }
        var lower: [UInt8] = []
        lower.reserveCapacity(token.utf8.count)
        for byte in token.utf8 {
            switch byte {
            case 0x41...0x5A: lower.append(byte | 0x20)
            case 0x61...0x7A, 0x2E: lower.append(byte)
            default: return nil
            }
        }
        if lower.last == 0x2E { lower.removeLast() }
        return months[String(decoding: lower, as: UTF8.self)]
    }

    /// True when `Int` could read the token's start: a digit or a sign. Days, years and numeric
    /// dates all open so.
    private static func opensNumber(_ token: Substring) -> Bool {
        guard let first = token.utf8.first else { return false }
        return (first >= 0x30 && first <= 0x39) || first == 0x2B || first == 0x2D
    }

    private static func dayNumber(_ token: Substring) -> Int? {
        guard opensNumber(token) else { return nil }
        var word = token.lowercased()
        for suffix in ["st", "nd", "rd", "th", "."] where word.hasSuffix(suffix) { word.removeLast(suffix.count) }
        guard let day = Int(word), (1...31).contains(day) else { return nil }
        return day
    }

    private static func yearNumber(_ token: Substring) -> Int? {
        guard opensNumber(token) else { return nil }
        var word = String(token)
        while let last = word.last, !last.isNumber { word.removeLast() }
        guard word.count == 4, let year = Int(word), (1900...2100).contains(year) else { return nil }
        return year
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1900...2100).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    private static func format(year: Int, month: Int, day: Int) -> String {
        "\(year)-\(pad(month))-\(pad(day))"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
