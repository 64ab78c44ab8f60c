import Testing
@testable import DossierReader

@Suite struct TerminalPaletteTests {
    let eight = TerminalPalette(colorCount: 8), sixteen = TerminalPalette(colorCount: 16), full = TerminalPalette(colorCount: 256)

    func rgb(_ hex: Int) -> TerminalPalette.RGB {
        TerminalPalette.RGB(red: hex >> 16, green: (hex >> 8) & 0xFF, blue: hex & 0xFF)
    }

    @Test func rgbGoesToTheNearestOfEightSixteenOr256() {
        #expect(eight.nearest(to: rgb(0xFF8800)) == .yellow) // orange: nearer yellow than red
        #expect(eight.nearest(to: rgb(0xE00000)) == .red)
        #expect(eight.nearest(to: rgb(0x0000FF)) == .blue)
        #expect(eight.nearest(to: rgb(0x20C0C0)) == .cyan)
        #expect(sixteen.nearest(to: rgb(0xFF0000)) == Style.Color(9)) // bright red
        #expect(sixteen.nearest(to: rgb(0x808080)) == Style.Color(8))
        #expect(full.nearest(to: rgb(0xFF8700)) == Style.Color(208)) // exactly in the cube
        #expect(full.nearest(to: rgb(0xFF8800)) == Style.Color(208))
        #expect(full.nearest(to: rgb(0x121212)) == Style.Color(233)) // a grey
        #expect(full.nearest(to: rgb(0xFF0000)) == Style.Color(196)) // the cube's red, not palette 9
    }

    @Test func paletteColoursTheTerminalLacksGoToTheirNearest() {
        #expect(eight.nearest(to: Style.Color(9)) == .red)
        #expect(eight.nearest(to: Style.Color(208)) == .yellow)
        #expect(sixteen.nearest(to: Style.Color(196)) == Style.Color(9))
        #expect(full.nearest(to: Style.Color(9)) == Style.Color(9))
        #expect(eight.nearest(to: .cyan) == .cyan)
    }

    @Test func cubeAndGreysHaveXtermsValues() {
        #expect(TerminalPalette.rgb(of: Style.Color(16)) == rgb(0x000000))
        #expect(TerminalPalette.rgb(of: Style.Color(231)) == rgb(0xFFFFFF))
        #expect(TerminalPalette.rgb(of: Style.Color(208)) == rgb(0xFF8700))
        #expect(TerminalPalette.rgb(of: Style.Color(232)) == rgb(0x080808))
        #expect(TerminalPalette.rgb(of: Style.Color(255)) == rgb(0xEEEEEE))
        #expect(TerminalPalette(colorCount: 88).colorCount == 16)
        #expect(TerminalPalette(colorCount: 65_536).colorCount == 256)
    }
}
