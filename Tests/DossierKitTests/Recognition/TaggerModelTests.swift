import Foundation
import Testing
@testable import DossierKit

@Suite struct TaggerModelTests {
    @Test func weightsSurviveTheFileFormat() throws {
        var first = SIMD16<Float>.zero, second = SIMD16<Float>.zero
        for tag in 0..<EntityTag.count {
            first[tag] = Float(tag) - 4
            second[tag] = Float(tag) / 8
        }
        let data = TaggerModel.serialize(features: [42, 7], weights: [first, second])
        let model = try TaggerModel(data: data)
        var scores = SIMD16<Int32>.zero
        model.add(42, to: &scores)
        model.add(7, to: &scores)
        model.add(99, to: &scores)
        for tag in 0..<EntityTag.count { #expect(abs(Float(scores[tag]) * model.scale - (first[tag] + second[tag])) < 0.001) }
    }

    @Test func aDamagedModelIsAnErrorNotACrash() {
        #expect(throws: RecognitionError.self) { try TaggerModel(data: Data("DNER".utf8)) }
        #expect(throws: RecognitionError.self) { try TaggerModel(data: Data(repeating: 0, count: 64)) }
        let data = TaggerModel.serialize(features: [1], weights: [.zero])
        #expect(throws: RecognitionError.self) { try TaggerModel(data: data.dropLast(3)) }
    }

    @Test func theShippedModelHoldsNoText() throws {
        let url = try #require(Bundle.module.url(forResource: "ner-model", withExtension: "bin", subdirectory: "Resources"))
        let bytes = try Data(contentsOf: url)
        // Any run of eight printable ASCII letters would be a word; hashes and weights have none
        // beyond chance.
        var longestLetters = 0, run = 0
        for byte in bytes {
            run = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? run + 1 : 0
            longestLetters = max(longestLetters, run)
        }
        #expect(longestLetters < 8)
    }
}
