import CCmarkGFM

/// Gathers text from cmark nodes as UTF-8 bytes, collapsing every run of ASCII
/// whitespace to one space and dropping it at both ends.
///
/// Bytes are appended straight from cmark's C strings, so collecting costs one copy
/// and no Swift string work until `text` is read.
struct TextCollector {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Whether nothing but whitespace has been collected.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends a NUL-terminated string from cmark.
    mutating func append(_ cString: UnsafePointer<CChar>?) {
        guard var pointer = cString else { return }
        while true {
            let byte = UInt8(bitPattern: pointer.pointee)
            if byte == 0 { return }
            append(byte: byte)
            pointer += 1
        }
    }

    /// Appends one byte of UTF-8.
    mutating func append(byte: UInt8) {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            pendingSpace = true
        default:
            if pendingSpace && !bytes.isEmpty {
                bytes.append(0x20)
            }
            pendingSpace = false
            bytes.append(byte)
        }
    }

    /// Marks a word boundary, such as a line break or the edge of a block.
    mutating func separate() {
        pendingSpace = true
    }

    /// The collected text.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Empties the collector, keeping its storage for the next use.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}
