/// Which mark a data file writes decimals with. A CSV separated by semicolons, as spreadsheets in
/// German, French and many other languages save it, may write `42,5`; the rule is decided per file:
/// `decimal: ","` or `decimal: "."` in the metric says it, else a semicolon file whose values hold a
/// comma uses decimal commas. Thousands separators are never guessed: in a decimal-comma file a
/// dot is an error, because `1.234` could mean 1234 or 1.234.
enum DecimalMark: String, CaseIterable, Sendable {
    case dot = "."
    case comma = ","

    /// The mark of a file: the metric's `decimal:` when written, else a comma when the file is
    /// separated by semicolons and some value cell holds a comma.
    static func of(_ cells: [[CSVTable.Cell]], separator: Character, written: DecimalMark?) -> DecimalMark {
        if let written { return written }
        guard separator == ";" else { return .dot }
        for row in cells.dropFirst() {
            for cell in row.dropFirst() where cell.text.contains(",") { return .comma }
        }
        return .dot
    }

    /// A value written with a decimal comma (`-42,5`, `1200`), or nil and an error.
    static func commaValue(_ text: String, key: String, location: SourceLocation, place: String, sink: DiagnosticSink) -> Double? {
        if text.contains(".") {
            sink.error(location, place + "bad value '\(text)' for '\(key)': this file writes decimals with a comma, so a dot is not a decimal mark",
                       hint: "write \(text.filter { $0 != "." }) without a thousands separator, or \(String(text.map { $0 == "." ? "," : $0 })) for a decimal")
            return nil
        }
        guard text.filter({ $0 == "," }).count <= 1, let value = NumberText.parse(String(text.map { $0 == "," ? "." : $0 })) else {
            sink.error(location, place + "bad value '\(text)' for '\(key)': values are plain numbers like 12400 or 4,8 in a file with decimal commas")
            return nil
        }
        return value
    }
}
