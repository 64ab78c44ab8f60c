/// Where features go: a list of them (training), or a running sum of their weights (tagging).
protocol FeatureSink {
    mutating func add(_ feature: UInt64)
}

extension Array: FeatureSink where Element == UInt64 {
    @inline(__always)
    mutating func add(_ feature: UInt64) { append(feature) }
}
