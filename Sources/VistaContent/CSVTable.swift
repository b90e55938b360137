/// A CSV file read by RFC 4180: fields separated by commas (or semicolons, when the header line has
/// no comma but has semicolons), quoted fields with `""` for a quote and with commas and line
/// breaks inside, CRLF or LF line endings. Every cell knows its line and column.
public struct CSVTable: Sendable {
    /// One field and where it starts.
    public struct Cell: Sendable, Hashable {
        /// The field's text, quotes removed and `""` read as one quote.
        public var text: String
        /// The line it starts on, from 1; a quoted field may go on over several lines.
        public var line: Int
        /// The column it starts at, from 1.
        public var column: Int
    }

    /// A syntax error, with where it is.
    public struct SyntaxError: Error, Sendable, Equatable {
        /// What is wrong, in plain words.
        public var message: String
        /// The line it is on, from 1.
        public var line: Int
        /// The column it is at, from 1.
        public var column: Int
    }

    /// The rows in order; blank lines are skipped.
    public var rows: [[Cell]]
    /// The separator it was read with: `,` or `;`.
    public var separator: Character

    /// Parses CSV text.
    public static func parse(_ text: String) -> Result<CSVTable, SyntaxError> {
        let bytes = Array(text.utf8)
        let separator = detectSeparator(bytes)
        var parser = Parser(bytes: bytes, separator: separator)
        do {
            let rows = try parser.parseRows()
            return .success(CSVTable(rows: rows, separator: Character(Unicode.Scalar(separator))))
        } catch let error as SyntaxError {
            return .failure(error)
        } catch {
            return .failure(SyntaxError(message: "\(error)", line: 1, column: 1))
        }
    }

    /// Comma, unless the first line has semicolons and no comma outside quotes.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
        }
        return commas == 0 && semicolons > 0 ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    private struct Parser {
        let bytes: [UInt8]
        let separator: UInt8
        var index = 0
        var line = 1
        var column = 1

        mutating func parseRows() throws -> [[Cell]] {
            var rows: [[Cell]] = []
            var row: [Field] = []
            while index < bytes.count {
                let cell = try parseField()
                row.append(cell)
                if index >= bytes.count { break }
                let byte = bytes[index]
                if byte == separator {
                    advance()
                    if index >= bytes.count { row.append(Field(cell: Cell(text: "", line: line, column: column), wasQuoted: false)) }
                } else {
                    consumeLineBreak()
                    if !(row.count == 1 && row[0].text.isEmpty && !row[0].wasQuoted) { rows.append(row.map(\.cell)) }
                    row = []
                }
            }
            if !row.isEmpty, !(row.count == 1 && row[0].text.isEmpty && !row[0].wasQuoted) { rows.append(row.map(\.cell)) }
            return rows
        }

        private struct Field {
            var cell: Cell
            var wasQuoted: Bool
            var text: String { cell.text }
        }

        private mutating func parseField() throws -> Field {
            let startLine = line, startColumn = column
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                let start = index
                while index < bytes.count, bytes[index] != separator, !isLineBreak(bytes[index]) {
                    if bytes[index] == UInt8(ascii: "\"") {
                        throw SyntaxError(message: "a quote inside an unquoted field; quote the whole field and double the quote (\"\")",
                                          line: line, column: column)
                    }
                    advance()
                }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                return Field(cell: Cell(text: text, line: startLine, column: startColumn), wasQuoted: false)
            }
            advance()
            var value = [UInt8]()
            while true {
                guard index < bytes.count else {
                    throw SyntaxError(message: "the quoted field that starts here is never closed", line: startLine, column: startColumn)
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        value.append(byte)
                        advance(); advance()
                        continue
                    }
                    advance()
                    break
                }
                if byte == UInt8(ascii: "\r") {
                    advance()
                    continue
                }
                value.append(byte)
                advance()
            }
            if index < bytes.count, bytes[index] != separator, !isLineBreak(bytes[index]) {
                throw SyntaxError(message: "text after the closing quote of a field", line: line, column: column)
            }
            return Field(cell: Cell(text: String(decoding: value, as: UTF8.self), line: startLine, column: startColumn), wasQuoted: true)
        }

        private func isLineBreak(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }

        private mutating func consumeLineBreak() {
            if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            line += 1
            column = 1
        }

        private mutating func advance() {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != UInt8(ascii: "\r") {
                column += 1
            }
        }
    }
}
