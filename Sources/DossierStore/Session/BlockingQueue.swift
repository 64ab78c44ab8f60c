import Foundation

/// A first-in, first-out queue between threads, bounded so that a fast producer waits for
/// slow consumers (the records in flight stay few), and closable: once closed and empty,
/// `take` returns nil.
final class BlockingQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var isClosed = false
    private let capacity: Int

    init(capacity: Int = .max) {
        self.capacity = capacity
    }

    /// Waits while the queue is full; returns false when it was closed.
    @discardableResult
    func put(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !isClosed { condition.wait() }
        guard !isClosed else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for one; nil once the queue is closed and empty.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !isClosed { condition.wait() }
        return next()
    }

    /// The next item, waiting at most until `deadline` (nil: as long as it takes); nil when
    /// none came, or the queue is closed and empty.
    func take(before deadline: Date?) -> Element? {
        guard let deadline else { return take() }
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !isClosed {
            if !condition.wait(until: deadline) { break }
        }
        return next()
    }

    /// True once the queue is closed and every item taken.
    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return isClosed && head == items.count
    }

    /// Ends the queue: waiting producers return, consumers drain what is left.
    func close() {
        condition.lock()
        isClosed = true
        condition.broadcast()
        condition.unlock()
    }

    private func next() -> Element? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
