import Foundation
import ZIPFoundation

/// An `.xlsx` workbook, read for one table: its sheets by name, the shared strings and which cell
/// styles are dates. Read with ZIPFoundation and Foundation's XML parser; every problem is a
/// diagnostic that names the file, and the sheet and cell where there is one.
///
/// ZIPFoundation reads the archive's directory from the file on disk, never from bytes in memory:
/// its in-memory reader traps when a damaged archive points past its end, where a file simply
/// reads short. The parts' packed bytes come from one read of the file (`bytes`).
struct XLSXWorkbook {
    let file: String
    let archive: Archive
    /// The whole file, read once: each part is inflated from its slice of it.
    let bytes: Data
    /// The sheets in the workbook's order, with the part each is stored in.
    let sheets: [(name: String, part: String)]
    let sharedStrings: [String]
    /// For each cell style (`s="3"`), whether it shows a date.
    let dateStyles: [Bool]
    /// Whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
    let uses1904: Bool

    /// The largest part Vista unpacks (a worksheet of about a million cells).
    static let partLimit = 200_000_000
    /// The most cells (rows that hold a value × columns of the range) a table is read from.
    static let cellLimit = 20_000_000

    /// Opens the workbook at `path` (`file` is the name diagnostics give it); nil after an error
    /// naming the file.
    init?(path: String, file: String, sink: DiagnosticSink) {
        self.file = file
        let location = SourceLocation.whole(file)
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else {
            sink.error(location, "\(file) is not an .xlsx workbook: it is not a ZIP file",
                       hint: "save it from the spreadsheet as Excel Workbook (.xlsx), or export the sheet as CSV")
            return nil
        }
        guard let bytes = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) else {
            sink.error(location, "\(file) could not be read")
            return nil
        }
        self.archive = archive
        self.bytes = bytes
        func part(_ path: String) -> XMLTree.Element? { Self.xml(archive, bytes, path, file: file, sink: sink) }
        guard let workbook = part("xl/workbook.xml"), let relations = part("xl/_rels/workbook.xml.rels") else {
            if !sink.hasErrors { sink.error(location, "\(file) is not an .xlsx workbook: it has no xl/workbook.xml") }
            return nil
        }
        var targets: [String: String] = [:]
        for relation in relations.children("Relationship") {
            guard let id = relation.attributes["Id"], let target = relation.attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        sheets = (workbook.child("sheets")?.children("sheet") ?? []).compactMap { sheet in
            guard let name = sheet.attributes["name"],
                  let id = sheet.attributes["r:id"] ?? sheet.attributes.first(where: { $0.key.hasSuffix(":id") })?.value,
                  let target = targets[id] else { return nil }
            return (name, target)
        }
        uses1904 = ["1", "true"].contains(workbook.child("workbookPr")?.attributes["date1904"] ?? "")
        sharedStrings = archive["xl/sharedStrings.xml"] == nil ? [] : (part("xl/sharedStrings.xml")?.children("si").map(Self.text(of:)) ?? [])
        dateStyles = archive["xl/styles.xml"] == nil ? [] : part("xl/styles.xml").map(Self.dateStyles(in:)) ?? []
        if sink.hasErrors { return nil }
    }

    /// The table in a sheet (the first when `sheet` is nil) and a range (the used range when nil).
    func table(sheet name: Located<String>?, range: Located<String>?, sink: DiagnosticSink) -> DataTable? {
        guard !sheets.isEmpty else {
            sink.error(.whole(file), "\(file) has no sheets")
            return nil
        }
        let sheet: (name: String, part: String)
        if let name {
            guard let found = sheets.first(where: { $0.name == name.value }) else {
                let names = sheets.map(\.name)
                sink.error(name.location, "\(file) has no sheet '\(name.value)'; its sheets are: \(names.map { "'\($0)'" }.joined(separator: ", "))",
                           hint: Suggestion.closest(to: name.value, in: names).map { "did you mean '\($0)'?" })
                return nil
            }
            sheet = found
        } else {
            sheet = sheets[0]
        }
        var bounds: CellRange?
        if let range {
            guard let parsed = CellRange(range.value) else {
                sink.error(range.location, "bad range '\(range.value)': write the top-left and bottom-right cells, like A1:D40")
                return nil
            }
            bounds = parsed
        }
        guard let root = Self.xml(archive, bytes, sheet.part, file: file, sink: sink) else { return nil }
        let cells = readCells(root, sheet: sheet.name)
        guard let used = bounds ?? CellRange(covering: cells.keys) else {
            sink.error(.whole(file), "sheet '\(sheet.name)' of \(file) is empty")
            return nil
        }
        // Only rows that hold a cell are visited: a damaged sheet may name cells a million rows apart.
        let filledRows = Set(cells.keys.lazy.map(\.row).filter(used.rows.contains)).sorted()
        guard filledRows.count * used.columns.count <= Self.cellLimit else {
            sink.error(.whole(file), "sheet '\(sheet.name)' of \(file) spans \(filledRows.count) rows of \(used.columns.count) columns, more than a metric reads",
                       hint: "give the metric a `range:` around its table, like A1:D40")
            return nil
        }
        var rows: [[DataTable.Cell]] = []
        for row in filledRows {
            let values = used.columns.map { cells[CellAddress(row: row, column: $0)] }
            if values.allSatisfy({ $0 == nil || $0!.isEmpty }) { continue }
            rows.append(zip(used.columns, values).map { column, value in
                let address = CellAddress(row: row, column: column)
                return DataTable.Cell(text: value ?? "", location: SourceLocation(file: file, line: row, column: column),
                                      place: "sheet '\(sheet.name)' cell \(address): ")
            })
        }
        var table = DataTable(header: rows.first ?? [], rows: Array(rows.dropFirst()), location: .whole(file),
                              what: "sheet '\(sheet.name)' of \(file)", headerWhat: "the header row of sheet '\(sheet.name)'")
        XLSXDates.readPeriods(in: &table)
        return table
    }

    /// Every cell of a worksheet with a value, as text: numbers as written, dates as `year-month-day`,
    /// shared and inline strings, formulas by their cached value.
    private func readCells(_ root: XMLTree.Element, sheet: String) -> [CellAddress: String] {
        var cells: [CellAddress: String] = [:]
        for (rowIndex, row) in (root.child("sheetData")?.children("row") ?? []).enumerated() {
            let rowNumber = row.attributes["r"].flatMap { Int($0) } ?? rowIndex + 1
            var nextColumn = 1
            for cell in row.children("c") {
                let address = cell.attributes["r"].flatMap(CellAddress.init) ?? CellAddress(row: rowNumber, column: nextColumn)
                nextColumn = address.column + 1
                // A cell outside Excel's limits (a damaged row number) cannot be in any table.
                guard CellAddress.isInside(row: address.row, column: address.column) else { continue }
                cells[address] = value(of: cell)
            }
        }
        return cells
    }

    /// A cell's value as text.
    private func value(of cell: XMLTree.Element) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell.attributes["t"] ?? "n" {
        case "s": return Int(raw).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr": return cell.child("is").map(Self.text(of:)) ?? ""
        case "b": return raw == "1" ? "TRUE" : "FALSE"
        case "str", "e": return raw
        default:
            let style = cell.attributes["s"].flatMap { Int($0) } ?? 0
            if dateStyles.indices.contains(style), dateStyles[style], let serial = Double(raw), XLSXDates.isSerial(serial) {
                return XLSXDates.text(serial: serial, uses1904: uses1904)
            }
            return raw
        }
    }

    /// The text of a shared or inline string: its `t`, or its runs' `t`s (phonetic runs left out).
    static func text(of item: XMLTree.Element) -> String {
        if let text = item.child("t") { return text.text }
        return item.children("r").compactMap { $0.child("t")?.text }.joined()
    }

    /// For each cell style, whether its number format shows a date.
    static func dateStyles(in styles: XMLTree.Element) -> [Bool] {
        var custom: [Int: String] = [:]
        for format in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = format.attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = format.attributes["formatCode"] ?? "" }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf.attributes["numFmtId"].flatMap { Int($0) } ?? 0
            if let code = custom[id] { return XLSXDates.isDateFormat(code) }
            return (14...22).contains(id) || (45...47).contains(id)
        }
    }

    /// A part of the archive as XML; nil after an error naming the file.
    static func xml(_ archive: Archive, _ bytes: Data, _ path: String, file: String, sink: DiagnosticSink) -> XMLTree.Element? {
        guard let entry = archive[path] else {
            sink.error(.whole(file), "\(file) is not a complete .xlsx workbook: \(path) is missing")
            return nil
        }
        guard entry.uncompressedSize <= UInt64(partLimit) else {
            sink.error(.whole(file), "\(file): \(path) unpacks to more than \(partLimit / 1_000_000) MB")
            return nil
        }
        guard let data = unpack(entry, from: bytes, file: file, sink: sink) else { return nil }
        switch XMLTree.parse(data) {
        case .success(let root): return root
        case .failure(let failure):
            sink.error(.whole(file), "\(file): \(path) is not valid XML (line \(failure.line)): \(failure.reason)")
            return nil
        }
    }

    /// The bytes of a part. ZIPFoundation lists the parts and inflates, but its own extraction loops
    /// for ever on a deflate stream that does not end before the file does (found by FuzzXLSX), so
    /// Vista hands the inflater the part's packed bytes and nothing more: a stream that wants more
    /// than its packed size is damaged. The packed bytes start after the part's local header, found
    /// by its name; the CRC-32 the directory records is checked.
    static func unpack(_ entry: Entry, from bytes: Data, file: String, sink: DiagnosticSink) -> Data? {
        func damaged() -> Data? {
            sink.error(.whole(file), "\(file): \(entry.path) could not be unpacked: the file is damaged")
            return nil
        }
        guard let start = packedStart(of: entry.path, in: bytes),
              entry.compressedSize <= UInt64(bytes.count - start) else { return damaged() }
        let packed = bytes.subdata(in: start..<(start + Int(entry.compressedSize)))
        guard entry.isCompressed else {
            guard entry.uncompressedSize == entry.compressedSize, packed.crc32(checksum: 0) == entry.checksum else { return damaged() }
            return packed
        }
        guard !packed.isEmpty else { return damaged() }
        var data = Data()
        var given = false
        do {
            // One chunk exactly as long as the buffer: the inflater is never told of bytes it was not given.
            let checksum = try Data.decompress(size: Int64(packed.count), bufferSize: packed.count, skipCRC32: false, provider: { _, _ in
                guard !given else { throw CocoaError(.fileReadCorruptFile) }
                given = true
                return packed
            }, consumer: { chunk in
                data.append(chunk)
                if data.count > partLimit { throw CocoaError(.fileReadTooLarge) }
            })
            guard checksum == entry.checksum else { return damaged() }
        } catch {
            return damaged()
        }
        return data
    }

    /// Where the packed bytes of the part named `path` start: after its local header (signature
    /// `PK\3\4`, 30 bytes, the name, the extra field). Nil when no local header names it.
    static func packedStart(of path: String, in bytes: Data) -> Int? {
        let name = Array(path.utf8)
        let signature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int? in
            let all = raw.bindMemory(to: UInt8.self)
            var offset = 0
            while offset + 30 <= all.count {
                guard let found = all[offset...].firstRange(of: signature)?.lowerBound else { return nil }
                offset = found + 1
                guard found + 30 <= all.count else { return nil }
                let nameLength = Int(all[found + 26]) | Int(all[found + 27]) << 8
                let extraLength = Int(all[found + 28]) | Int(all[found + 29]) << 8
                let nameStart = found + 30
                guard nameLength == name.count, nameStart + nameLength + extraLength <= all.count,
                      all[nameStart..<(nameStart + nameLength)].elementsEqual(name) else { continue }
                return nameStart + nameLength + extraLength
            }
            return nil
        }
    }
}
