import DossierKit
import Foundation
import Testing

struct TerminalSanitizerTests {
    @Test func escapeSequencesBecomeVisibleSymbols() {
        #expect(TerminalSanitizer.sanitize("a\u{1B}]2;PWNED\u{7}b") == "a␛]2;PWNED␇b")
        #expect(TerminalSanitizer.sanitize("x\u{9B}31my") == "x\u{FFFD}31my") // C1 CSI
        #expect(TerminalSanitizer.sanitize("del\u{7F}") == "del␡")
        #expect(TerminalSanitizer.sanitize("nul\u{0}") == "nul␀")
    }

    @Test func bidirectionalOverridesAndIsolatesAreNeutralized() {
        for scalar in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let text = "file" + String(Unicode.Scalar(UInt32(scalar))!) + "lmth.exe"
            #expect(TerminalSanitizer.sanitize(text) == "file\u{FFFD}lmth.exe")
        }
    }

    @Test func lineFeedsAndTabsAreKeptOnlyWhenAsked() {
        #expect(TerminalSanitizer.sanitize("a\nb\tc") == "a␊b␉c")
        #expect(TerminalSanitizer.sanitize("a\nb\tc\r", keepingLineFeeds: true) == "a\nb␉c␍")
        #expect(TerminalSanitizer.sanitize("a\nb\tc", keepingLineFeeds: true, keepingTabs: true) == "a\nb\tc")
    }

    @Test func ordinaryTextIsUnchanged() {
        let text = "Café “déjà vu” 東京 👩‍👩‍👧 — e\u{301}"
        #expect(TerminalSanitizer.sanitize(text) == text)
    }

    @Test func nothingUnsafeIsLeftInAnyScalar() {
        var scalars = String.UnicodeScalarView()
        for value in 0..<0x2100 { if let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) } }
        let sanitized = TerminalSanitizer.sanitize(String(scalars))
        #expect(!sanitized.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe))
        #expect(!sanitized.utf8.contains(0x1B))
    }
}

struct JSONOutputTests {
    struct Record: Codable, Equatable {
        var source: String
        var text: String
    }

    @Test func unsafeScalarsAreEscapedAndReadBackTheSame() throws {
        let record = Record(source: "rlo\u{202E}lmth.html", text: "a\u{1B}[31mb\u{7F}c\u{85}d\u{2028}e\u{2066}f")
        let line = try JSONOutput.line(of: record)
        #expect(!line.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe))
        #expect(line.contains("rlo\\u202elmth.html"))
        #expect(line.contains("\\u007f") && line.contains("\\u0085") && line.contains("\\u2028") && line.contains("\\u2066"))
        #expect(try JSONDecoder().decode(Record.self, from: Data(line.utf8)) == record)
    }

    @Test func keysAreSortedAndSlashesKept() throws {
        #expect(try JSONOutput.line(of: Record(source: "a/b", text: "t")) == #"{"source":"a/b","text":"t"}"#)
    }
}
