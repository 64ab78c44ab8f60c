import Testing
@testable import DossierKit

@Suite struct PackedBytesTests {
    /// Runs of every length up to three words, each byte drawn from the edges of the ranges
    /// the tests tell apart, in every place.
    private static let runs: [[UInt8]] = {
        let bytes: [UInt8] = [0x00, 0x0D, 0x1F, 0x20, 0x21, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var runs: [[UInt8]] = []
        var state: UInt64 = 0x2545_F491
        for length in 0...24 {
            for _ in 0..<300 {
                runs.append((0..<length).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return bytes[Int(state >> 33) % bytes.count]
                })
            }
        }
        return runs
    }()

    @Test func answersAsAByteLoopDoes() {
        for run in Self.runs {
            run.withUnsafeBufferPointer { bytes in
                #expect(PackedBytes.isPrintableASCII(bytes) == run.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }, "\(run)")
                let doubles = zip(run, run.dropFirst()).contains { $0 == 0x20 && $1 == 0x20 }
                #expect(PackedBytes.hasDoubleSpace(bytes) == doubles, "\(run)")
                let starts = run.indices.filter { run[$0] != 0x20 && ($0 == 0 || run[$0 - 1] == 0x20) }.count
                #expect(PackedBytes.wordStarts(bytes) == starts, "\(run)")
            }
        }
    }

    @Test func readsALine() {
        Array("Helsinki and Riga share  port data".utf8).withUnsafeBufferPointer { bytes in
            #expect(PackedBytes.isPrintableASCII(bytes))
            #expect(PackedBytes.hasDoubleSpace(bytes))
            #expect(PackedBytes.wordStarts(bytes) == 6)
        }
        Array("Riga “port”".utf8).withUnsafeBufferPointer { #expect(!PackedBytes.isPrintableASCII($0)) }
    }
}
