#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a content file, checked and normalised: valid UTF-8, no NUL byte, the byte-order
/// mark removed and CRLF or CR line endings turned into LF (line numbers stay the same).
public struct SourceText: Sendable {
    /// The path relative to the content folder.
    public let path: String
    /// The whole text, without a byte-order mark and with every line ending in LF.
    public let text: String

    /// Decodes a file's bytes, or explains with a line and column why they are not text.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceText, Diagnostic> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Most files are valid UTF-8 without NUL or CR: one validating pass makes the text.
        let plain = bytes.withUnsafeBufferPointer { buffer -> String? in
            let body = UnsafeBufferPointer(rebasing: buffer[start...])
            guard let base = body.baseAddress, !body.isEmpty else { return "" }
            guard memchr(base, 0, body.count) == nil, memchr(base, 0x0D, body.count) == nil else { return nil }
            return String(validating: body, as: UTF8.self)
        }
        if let plain { return .success(SourceText(path: path, text: plain)) }
        if let problem = firstProblem(in: bytes, from: start) {
            let location = SourceLocation(file: path, line: problem.line, column: problem.column)
            return .failure(.error(location, problem.message, hint: problem.hint))
        }
        var normalised = [UInt8]()
        normalised.reserveCapacity(bytes.count - start)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                normalised.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                normalised.append(byte)
            }
            index += 1
        }
        return .success(SourceText(path: path, text: String(decoding: normalised, as: UTF8.self)))
    }

    private struct Problem {
        let line: Int, column: Int, message: String, hint: String?
    }

    /// The first NUL byte or invalid UTF-8 sequence, with its line and column (in characters).
    private static func firstProblem(in bytes: [UInt8], from start: Int) -> Problem? {
        var line = 1, column = 1, index = start
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else {
                return Problem(line: line, column: column,
                               message: "the file is not valid UTF-8 (byte 0x\(hex(byte)))",
                               hint: "save the file as UTF-8 in your editor")
            }
            if byte == 0 {
                return Problem(line: line, column: column, message: "the file contains a NUL byte",
                               hint: "a text file never holds NUL bytes; is this a binary file?")
            }
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte != 0x0D {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let first = bytes[index]
        if first < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch first {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let (lo, hi) = offset == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo, byte <= hi else { return 0 }
        }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
