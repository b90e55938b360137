/// A cell of a sheet, like `B7`: 1-based row and column.
struct CellAddress: Hashable, CustomStringConvertible {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `B7`, `AA10`, `$B$7`; nil when it is not a cell inside Excel's limits.
    init?(_ text: String) {
        var letters = 0, digits = 0, column = 0, row = 0
        for scalar in text.uppercased().unicodeScalars where scalar != "$" {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case "0"..."9" where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard Self.isInside(row: row, column: column) else { return nil }
        self.init(row: row, column: column)
    }

    /// Whether a row and column are inside Excel's limits (1,048,576 rows, 16,384 columns: A–XFD).
    static func isInside(row: Int, column: Int) -> Bool {
        (1...1_048_576).contains(row) && (1...16_384).contains(column)
    }

    /// The column's letters: 1 → A, 27 → AA.
    static func letters(_ column: Int) -> String {
        var column = column, letters = ""
        while column > 0 {
            let remainder = (column - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            column = (column - 1) / 26
        }
        return letters
    }

    var description: String { Self.letters(column) + String(row) }
}

/// A rectangle of cells, like `A1:D40`.
struct CellRange {
    var rows: ClosedRange<Int>
    var columns: ClosedRange<Int>

    /// Reads `A1:D40` (or one cell); nil when it is not a range.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), let first = CellAddress(parts[0]), let last = CellAddress(parts[parts.count - 1]) else { return nil }
        rows = min(first.row, last.row)...max(first.row, last.row)
        columns = min(first.column, last.column)...max(first.column, last.column)
    }

    /// The smallest range that holds every cell; nil when there are none.
    init?<S: Sequence>(covering cells: S) where S.Element == CellAddress {
        var iterator = cells.makeIterator()
        guard let first = iterator.next() else { return nil }
        var (top, bottom, left, right) = (first.row, first.row, first.column, first.column)
        while let cell = iterator.next() {
            top = min(top, cell.row); bottom = max(bottom, cell.row)
            left = min(left, cell.column); right = max(right, cell.column)
        }
        rows = top...bottom
        columns = left...right
    }
}
