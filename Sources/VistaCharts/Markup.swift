/// A growing piece of SVG or HTML markup with escaping and fixed-precision numbers.
struct Markup {
    private(set) var text: String = ""

    init(capacity: Int = 4096) { text.reserveCapacity(capacity) }

    /// Escapes `&`, `<`, `>`, `"` and `'` for XML and HTML text and attribute values.
    static func escape(_ raw: String) -> String {
        var needs = false
        for u in raw.utf8 where u == 38 || u == 60 || u == 62 || u == 34 || u == 39 { needs = true; break }
        guard needs else { return raw }
        var out = ""
        out.reserveCapacity(raw.utf8.count + 16)
        for c in raw.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A number for an attribute: at most two decimals, never "-0".
    static func num(_ v: Double) -> String { DecimalText.coordinate(v) }

    /// Appends markup as is.
    mutating func raw(_ s: String) { text += s }

    /// Appends escaped text.
    mutating func escaped(_ s: String) { text += Markup.escape(s) }

    /// Opens a group with a class.
    mutating func openGroup(_ cssClass: String, extra: String = "") {
        text += "<g class=\"\(cssClass)\"\(extra)>"
    }

    /// Closes a group.
    mutating func closeGroup() { text += "</g>" }

    /// A straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String? = nil) {
        text += "<line"
        if let cssClass { text += " class=\"\(cssClass)\"" }
        text += " x1=\"\(Markup.num(x1))\" y1=\"\(Markup.num(y1))\" x2=\"\(Markup.num(x2))\" y2=\"\(Markup.num(y2))\"/>"
    }

    /// A rectangle; negative sizes are flipped so the SVG stays valid.
    mutating func rect(_ r: Rect, cssClass: String? = nil) {
        let n = r.normalized
        text += "<rect"
        if let cssClass { text += " class=\"\(cssClass)\"" }
        text += " x=\"\(Markup.num(n.x))\" y=\"\(Markup.num(n.y))\" width=\"\(Markup.num(n.width))\" height=\"\(Markup.num(n.height))\"/>"
    }

    /// A circle.
    mutating func circle(_ cx: Double, _ cy: Double, r: Double, cssClass: String? = nil) {
        text += "<circle"
        if let cssClass { text += " class=\"\(cssClass)\"" }
        text += " cx=\"\(Markup.num(cx))\" cy=\"\(Markup.num(cy))\" r=\"\(Markup.num(r))\"/>"
    }

    /// A path through points: "M x y L x y …", closed with "Z" when `closed`.
    mutating func path(_ points: [Point], closed: Bool = false, cssClass: String) {
        guard !points.isEmpty else { return }
        text += "<path class=\"\(cssClass)\" d=\""
        for (i, p) in points.enumerated() {
            text += i == 0 ? "M" : "L"
            text += Markup.num(p.x)
            text += " "
            text += Markup.num(p.y)
        }
        if closed { text += "Z" }
        text += "\"/>"
    }

    /// Text at a point: `anchor` is start, middle or end; several lines go down by `lineHeight`.
    mutating func label(_ lines: [String], x: Double, y: Double, anchor: TextAnchor = .start,
                        cssClass: String, lineHeight: Double = 0, fontSize: Double? = nil) {
        guard !lines.isEmpty else { return }
        text += "<text class=\"\(cssClass)\" x=\"\(Markup.num(x))\" y=\"\(Markup.num(y))\""
        if anchor != .start { text += " text-anchor=\"\(anchor.rawValue)\"" }
        if let fontSize { text += " font-size=\"\(Markup.num(fontSize))\"" }
        text += ">"
        if lines.count == 1 {
            text += Markup.escape(lines[0])
        } else {
            for (i, line) in lines.enumerated() {
                text += "<tspan x=\"\(Markup.num(x))\""
                if i > 0 { text += " dy=\"\(Markup.num(lineHeight))\"" }
                text += ">" + Markup.escape(line) + "</tspan>"
            }
        }
        text += "</text>"
    }
}

/// Where text sits against its x position.
enum TextAnchor: String {
    case start, middle, end
}

/// A point in SVG user units.
struct Point: Sendable {
    var x: Double
    var y: Double
}

/// A rectangle in SVG user units.
struct Rect: Sendable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// The same rectangle with non-negative width and height.
    var normalized: Rect {
        Rect(x: width < 0 ? x + width : x, y: height < 0 ? y + height : y, width: abs(width), height: abs(height))
    }
}

/// Escaping for text in XML and HTML, shared with the site so that both escape the same way.
public enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ text: String) -> String { Markup.escape(text) }
}
