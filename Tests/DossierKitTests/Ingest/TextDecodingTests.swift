import Testing
@testable import DossierKit

@Suite struct TextDecodingTests {
    @Test func utf8WithAndWithoutByteOrderMark() {
        #expect(TextDecoding.decode(Array("It’s".utf8)) == "It’s")
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("It’s".utf8)) == "It’s")
    }

    @Test func utf16WithByteOrderMark() {
        let little: [UInt8] = [0xFF, 0xFE, 0x48, 0x00, 0x19, 0x20, 0x73, 0x00]
        let big: [UInt8] = [0xFE, 0xFF, 0x00, 0x48, 0x20, 0x19, 0x00, 0x73]
        #expect(TextDecoding.decode(little) == "H’s")
        #expect(TextDecoding.decode(big) == "H’s")
    }

    @Test func bytesThatAreNotUTF8ReadAsWindows1252() {
        // "It’s café" in Windows-1252.
        let bytes: [UInt8] = [0x49, 0x74, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xE9]
        #expect(TextDecoding.decode(bytes) == "It’s café")
    }

    @Test func aStrayInvalidByteInUTF8LosesNothingElse() {
        let bytes = Array("naïve ".utf8) + [0x96] + Array(" déjà".utf8)
        #expect(TextDecoding.decode(bytes) == "naïve – déjà")
    }

    @Test func theDeclaredCharsetDecodesOtherEncodings() {
        // "Привет" in KOI8-R.
        let bytes: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(TextDecoding.decode(bytes, declaredCharset: "KOI8-R") == "Привет")
        // ISO-8859-2: "Łódź".
        #expect(TextDecoding.decode([0xA3, 0xF3, 0x64, 0xBC], declaredCharset: "iso-8859-2") == "Łódź")
    }

    @Test func validUTF8WinsOverAWrongDeclaration() {
        #expect(TextDecoding.decode(Array("café".utf8), declaredCharset: "windows-1252") == "café")
    }

    @Test func anUnknownCharsetFallsBackWithoutTrapping() {
        #expect(TextDecoding.decode([0x41, 0xE9], declaredCharset: "x-no-such-charset") == "Aé")
    }
}

@Suite struct CharsetDeclarationTests {
    @Test(arguments: [
        ("<html><head><meta charset=\"windows-1252\"></head>", "windows-1252"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "ISO-8859-1"),
        ("<?xml version=\"1.0\" encoding=\"koi8-r\"?><html>", "koi8-r"),
    ])
    func findsTheDeclaration(_ head: String, _ expected: String) {
        #expect(CharsetDeclaration.find(in: Array(head.utf8)) == expected)
    }

    @Test func textMentioningCharsetOutsideAMetaTagIsNoDeclaration() {
        #expect(CharsetDeclaration.find(in: Array("<p>set charset=utf-16 in the editor</p>".utf8)) == nil)
    }
}

@Suite struct MojibakeRepairTests {
    @Test func utf8ReadAsWindows1252IsRepaired() {
        #expect(MojibakeRepair.repair("Itâ€™s a â€œtestâ€\u{9D}") == "It’s a “test”")
        #expect(MojibakeRepair.repair("cafÃ© au lait, 20Â°C") == "café au lait, 20°C")
    }

    @Test func textDamagedTwiceIsRepaired() {
        #expect(MojibakeRepair.repair("cafÃƒÂ©") == "café")
    }

    @Test func cleanTextIsLeftAlone() {
        for text in ["It’s a “test” — fine", "Ç’ka ndodhi?", "Zürich, Ærø, naïve", "東京"] {
            #expect(MojibakeRepair.repair(text) == text)
        }
    }
}
