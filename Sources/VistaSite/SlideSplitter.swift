import VistaMarkdown

/// Cuts a proposal's body into slides: a new slide at each `##` heading, and a section too long
/// for one slide goes on over the next ones, cut between blocks (or between the items of a list),
/// never inside a chart, a table or a list item. Heights are estimated with a `SlideBudget`.
struct SlideSplitter: Sendable {
    var budget = SlideBudget()

    /// One slide of the body.
    struct Slide: Sendable, Equatable {
        /// The section: 0 for what comes before the first `##`, then 1, 2, … for each `##`.
        var section: Int
        /// The HTML inside the section's `<h2>`; empty for section 0.
        var heading: String
        /// Whether the slide goes on with a section begun on the slide before.
        var continued: Bool
        /// The blocks on the slide.
        var html: String
    }

    /// The slides, and the section each ```` ```notes ```` block belongs to, in document order.
    struct Deck: Sendable, Equatable {
        var slides: [Slide] = []
        var notesSections: [Int] = []
    }

    /// A piece that goes on a slide whole: a block, or one item of a list.
    private struct Unit {
        var html: String
        var height: Double
        /// For a list item: the list's index among the blocks, and the item's index in the list.
        var list: (block: Int, item: Int)?
        /// A heading stays on the slide of what follows it.
        var keepWithNext = false
    }

    func split(_ blocks: [MarkdownBlock]) -> Deck {
        var deck = Deck()
        var section = 0
        var heading = ""
        var units: [Unit] = []
        var hasHeading = false
        func finishSection() {
            if hasHeading || !units.isEmpty { deck.slides += pack(units, section: section, heading: heading, hasHeading: hasHeading, blocks: blocks) }
            units = []
        }
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .heading(level: 2):
                finishSection()
                section += 1
                heading = Self.inner(block.html)
                hasHeading = true
            case .embed(language: "notes"):
                deck.notesSections.append(section)
            case .list:
                for (item, html) in block.items.enumerated() {
                    units.append(Unit(html: html, height: listItemHeight(html), list: (index, item)))
                }
            default:
                guard !block.html.allSatisfy(\.isWhitespace) else { continue }
                var unit = Unit(html: block.html, height: height(of: block))
                if case .heading = block.kind { unit.keepWithNext = true }
                units.append(unit)
            }
        }
        finishSection()
        return deck
    }

    /// Lays one section's units onto as many slides as they need.
    private func pack(_ units: [Unit], section: Int, heading: String, hasHeading: Bool, blocks: [MarkdownBlock]) -> [Slide] {
        let top = hasHeading ? headingHeight(heading) : 0
        var slides: [Slide] = []
        var current: [Unit] = []
        var used = top
        func flush() {
            slides.append(Slide(section: section, heading: heading, continued: !slides.isEmpty, html: html(current, blocks: blocks)))
            current = []
            used = top
        }
        for (index, unit) in units.enumerated() {
            let need = self.need(unit, after: current.last)
            var needed = need
            if unit.keepWithNext, index + 1 < units.count { needed += self.need(units[index + 1], after: unit) }
            if !current.isEmpty, used + needed > budget.height { flush() }
            used += self.need(unit, after: current.last)
            current.append(unit)
        }
        if !current.isEmpty || slides.isEmpty { flush() }
        return slides
    }

    /// A unit's height on a slide; the first item of a list on a slide brings the list's margin.
    private func need(_ unit: Unit, after previous: Unit?) -> Double {
        guard let list = unit.list else { return unit.height }
        let sameList = previous?.list.map { $0.block == list.block } ?? false
        return unit.height + (sameList ? 0 : budget.gap)
    }

    /// The units' HTML; consecutive items of one list go into one list element again.
    private func html(_ units: [Unit], blocks: [MarkdownBlock]) -> String {
        var html = ""
        var openList: Int?
        for unit in units {
            if let list = openList, unit.list?.block != list {
                html += blocks[list].listClosing + "\n"
                openList = nil
            }
            if let list = unit.list, openList == nil {
                html += blocks[list.block].listOpening(from: list.item) + "\n"
                openList = list.block
            }
            html += unit.html
        }
        if let list = openList { html += blocks[list].listClosing + "\n" }
        return html
    }

    // MARK: Heights

    private func lines(_ html: String, width: Double, characterWidth: Double) -> Double {
        let characters = Double(Self.textLength(html))
        return max(1, (characters * characterWidth / width).rounded(.up))
    }

    private func headingHeight(_ heading: String) -> Double {
        // 44 px text: characters are 44/24 as wide as body text.
        let extra = lines(heading, width: budget.width, characterWidth: budget.characterWidth * 44 / 24) - 1
        return budget.heading + extra * budget.headingLine
    }

    private func listItemHeight(_ html: String) -> Double {
        lines(html, width: budget.width - budget.indent, characterWidth: budget.characterWidth) * budget.line + budget.itemGap
    }

    private func height(of block: MarkdownBlock) -> Double {
        switch block.kind {
        case .heading:
            return budget.subheading
        case .paragraph, .html:
            return lines(block.html, width: budget.width, characterWidth: budget.characterWidth) * budget.line + budget.gap
        case .quote:
            return lines(block.html, width: budget.width - budget.indent, characterWidth: budget.characterWidth) * budget.line + budget.gap
        case .code:
            let count = block.html.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            return Double(max(1, count)) * budget.codeLine + budget.codePadding
        case .rule:
            return budget.rule
        case .list:
            return block.items.reduce(budget.gap) { $0 + listItemHeight($1) }
        case .table:
            return tableHeight(block.html)
        case .embed:
            return embedHeight(block.html)
        }
    }

    /// A chart's height at the slide's chart width; KPI tiles by rows; a table by rows; else as text.
    private func embedHeight(_ html: String) -> Double {
        if let ratio = Self.chartRatio(html) { return budget.chartWidth * ratio + budget.gap }
        let tiles = ByteSearch.count("<li class=\"kpi\"", in: html)
        if tiles > 0 {
            let rows = (tiles + budget.tilesPerRow - 1) / budget.tilesPerRow
            return Double(rows) * budget.tileRow + budget.gap
        }
        if ByteSearch.contains("<table", in: html) { return tableHeight(html) }
        return lines(html, width: budget.width, characterWidth: budget.characterWidth) * budget.line + budget.gap
    }

    /// Each row as tall as its tallest cell. Columns share the width as a browser's automatic table
    /// layout shares it: when every cell fits on one line, nothing wraps; else each column gets
    /// room in proportion to its longest cell. The markup is split by its bytes (`ByteSearch`).
    private func tableHeight(_ html: String) -> Double {
        let rows: [[Double]] = ByteSearch.split(html, at: "<tr").dropFirst().map { row in
            let body = ByteSearch.split(row, at: "</tr>")[0]
            return ByteSearch.split(body, at: "<t").dropFirst().filter { $0.hasPrefix("d") || $0.hasPrefix("h") }
                .map { Double(Self.textLength("<t" + $0)) * budget.tableCharacterWidth + 2 * budget.tableCellPadding }
        }
        let columns = rows.map(\.count).max() ?? 0
        let widest = (0..<columns).map { column in rows.map { column < $0.count ? $0[column] : 0 }.max() ?? 0 }
        let total = widest.reduce(0, +)
        return rows.reduce(budget.gap) { height, row in
            let tallest = row.enumerated().map { column, width -> Double in
                guard total > budget.width else { return 1 }
                let room = budget.width * widest[column] / total - 2 * budget.tableCellPadding
                return max(1, ((width - 2 * budget.tableCellPadding) / max(room, 1)).rounded(.up))
            }.max() ?? 1
            return height + tallest * budget.tableLine + budget.tableRowPadding
        }
    }

    // MARK: HTML

    /// The height over the width of the wide variant of the first chart in the HTML (its viewBox).
    static func chartRatio(_ html: String) -> Double? {
        var source = html
        return source.withUTF8 { bytes -> Double? in
            // The wide drawing's box when the chart has one, else the first box; found by bytes, as a
            // chart's markup is long.
            let wide = ByteSearch.find("vista-chart-wide", in: bytes, from: 0)
            guard let box = wide.flatMap({ ByteSearch.find("viewBox=\"", in: bytes, from: $0) }) ?? ByteSearch.find("viewBox=\"", in: bytes, from: 0) else { return nil }
            let start = box + "viewBox=\"".utf8.count
            let end = ByteSearch.find(UInt8(ascii: "\""), in: bytes, from: start) ?? bytes.count
            let numbers = String(decoding: bytes[start..<end], as: UTF8.self).split(separator: " ").compactMap { Double($0) }
            guard numbers.count == 4, numbers[2] > 0 else { return nil }
            return numbers[3] / numbers[2]
        }
    }

    /// The HTML between an element's opening tag and its closing tag: `<h2 id="a">A <em>b</em></h2>` → `A <em>b</em>`.
    static func inner(_ html: String) -> String {
        var text = Substring(html)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        guard let open = text.firstIndex(of: ">"), let close = text.range(of: "</", options: .backwards), open < close.lowerBound else { return String(text) }
        return String(text[text.index(after: open)..<close.lowerBound])
    }

    /// The number of characters a reader sees: tags left out, an entity counted as one character.
    static func textLength(_ html: String) -> Int {
        var count = 0
        var inTag = false, inEntity = false
        for scalar in html.unicodeScalars {
            switch scalar {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            case _ where inTag: continue
            case "&": inEntity = true; count += 1
            case ";" where inEntity: inEntity = false
            case _ where inEntity: if !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "#") { inEntity = false; count += 1 }
            case "\n": count += 1
            default: count += 1
            }
        }
        return count
    }
}
