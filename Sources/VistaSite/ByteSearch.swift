#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searching rendered HTML by its UTF-8 bytes. Foundation's `range(of:)` compares by characters with
/// Unicode equivalence, which costs many times more per byte than `memchr` and `memcmp`; the markup
/// Vista looks for (`<a href="`, `</a>`, an embed's placeholder) is ASCII, so bytes are exact.
enum ByteSearch {
    /// The offset of the first `needle` in `bytes` at or after `start`, or nil.
    static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return nil }
        let first = needle.utf8Start.pointee
        var from = start
        while let candidate = find(first, in: bytes, from: from) {
            guard candidate + count <= bytes.count else { return nil }
            if starts(with: needle, in: bytes, at: candidate) { return candidate }
            from = candidate + 1
        }
        return nil
    }

    /// Whether `bytes` holds `prefix` at `offset`.
    static func starts(with prefix: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard offset >= 0, offset + count <= bytes.count, let base = bytes.baseAddress else { return false }
        return memcmp(base + offset, prefix.utf8Start, count) == 0
    }

    /// The pieces of `text` between the occurrences of `separator`, as `components(separatedBy:)`
    /// gives them: one more piece than there are separators.
    static func split(_ text: String, at separator: StaticString) -> [String] {
        var source = text
        return source.withUTF8 { bytes in
            var pieces: [String] = []
            var start = 0
            while let found = find(separator, in: bytes, from: start) {
                pieces.append(String(decoding: bytes[start..<found], as: UTF8.self))
                start = found + separator.utf8CodeUnitCount
            }
            pieces.append(String(decoding: bytes[start..<bytes.count], as: UTF8.self))
            return pieces
        }
    }

    /// Whether `text` holds `needle`.
    static func contains(_ needle: StaticString, in text: String) -> Bool {
        var source = text
        return source.withUTF8 { find(needle, in: $0, from: 0) != nil }
    }

    /// How many times `needle` occurs in `text`, counting occurrences that do not overlap.
    static func count(_ needle: StaticString, in text: String) -> Int {
        var source = text
        return source.withUTF8 { bytes in
            var count = 0, start = 0
            while let found = find(needle, in: bytes, from: start) {
                count += 1
                start = found + needle.utf8CodeUnitCount
            }
            return count
        }
    }

    /// The offset of the first `byte` in `bytes` at or after `start`, or nil.
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
