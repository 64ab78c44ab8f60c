/// Repairs mojibake: UTF-8 text that was once read as Windows-1252 (or Latin-1) and saved
/// again, so that "’" shows as "â€™" and "é" as "Ã©".
///
/// A run of characters whose Windows-1252 bytes form one valid multi-byte UTF-8 sequence is
/// replaced by the character those bytes encode. Text is only touched when it carries one of
/// the marks such damage leaves ("â€", "Ã" or "Â" before a character from the upper half of
/// Windows-1252), so that legitimate pairs like the Albanian "Ç’" survive in clean text.
public enum MojibakeRepair {
    public static func repair(_ text: String) -> String {
        guard isDamaged(text) else { return text }
        var repaired = repairOnce(text)
        // Text damaged twice carries the marks again after one repair.
        if isDamaged(repaired) { repaired = repairOnce(repaired) }
        return repaired
    }

    /// True when the text has a lead character of a mojibake sequence (Â, Ã or â) followed by
    /// a character that stands for a UTF-8 continuation byte.
    static func isDamaged(_ text: String) -> Bool {
        // Â, Ã and â are all written C3 xx in UTF-8: most texts have no such byte at all.
        guard text.utf8.contains(0xC3) else { return false }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if previous == 0xC2 || previous == 0xC3 || previous == 0xE2, let byte = windows1252Byte(scalar), byte >= 0x80, byte <= 0xBF {
                return true
            }
            previous = value
        }
        return false
    }

    static func repairOnce(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(scalars.count)
        var bytes: [UInt8] = []
        var index = 0
        while index < scalars.count {
            if let lead = windows1252Byte(scalars[index]), lead >= 0xC2, lead <= 0xF4 {
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                bytes.removeAll(keepingCapacity: true)
                bytes.append(lead)
                var offset = 1
                while offset < length, index + offset < scalars.count,
                      let byte = windows1252Byte(scalars[index + offset]), byte & 0xC0 == 0x80 {
                    bytes.append(byte)
                    offset += 1
                }
                if bytes.count == length, let (scalar, _) = UTF8Sequence.decode(bytes[...], at: 0) {
                    result.append(scalar)
                    index += length
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    /// The byte a character came from when bytes were read as Windows-1252 (C1 controls stand
    /// for themselves, as Latin-1 readers leave them), or nil for any other character.
    static func windows1252Byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        return reverseHigh[value]
    }

    static let reverseHigh: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (offset, scalar) in TextDecoding.windows1252High.enumerated() {
            if let scalar { table[scalar.value] = UInt8(0x80 + offset) }
        }
        return table
    }()
}
