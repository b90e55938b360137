/// A growing piece of SVG or HTML markup with escaping and fixed-precision numbers. The markup
/// grows as UTF-8 bytes (appending to an array of bytes costs a fraction of appending to a
/// `String`) and becomes text once, at the end.
struct Markup {
    private var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// The markup so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends text as is (the `+=` of the drawing code).
    static func += (markup: inout Markup, text: String) {
        var text = text
        text.withUTF8 { markup.bytes.append(contentsOf: $0) }
    }

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
    mutating func raw(_ s: String) { self += s }

    /// Appends another piece of markup.
    mutating func raw(_ other: Markup) { bytes.append(contentsOf: other.bytes) }

    /// Appends escaped text.
    mutating func escaped(_ s: String) { self += Markup.escape(s) }

    /// Opens a group with a class.
    mutating func openGroup(_ cssClass: String, extra: String = "") {
        self += "<g class=\"\(cssClass)\"\(extra)>"
    }

    /// Closes a group.
    mutating func closeGroup() { self += "</g>" }

    /// A straight line.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String? = nil) {
        self += "<line"
        if let cssClass { attribute("class", cssClass) }
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        self += "/>"
    }

    /// Appends ` name="value"`, the value as is.
    mutating func attribute(_ name: String, _ value: String) {
        self += " "
        self += name
        self += "=\""
        self += value
        self += "\""
    }

    /// Appends ` name="number"`, the number as a coordinate.
    mutating func attribute(_ name: String, _ value: Double) {
        self += " "
        self += name
        self += "=\""
        number(value)
        self += "\""
    }

    /// Appends a number as a coordinate (see `DecimalText.coordinate`).
    mutating func number(_ value: Double) {
        DecimalText.appendCoordinate(value, to: &bytes)
    }

    /// A rectangle; negative sizes are flipped so the SVG stays valid.
    mutating func rect(_ r: Rect, cssClass: String? = nil) {
        let n = r.normalized
        self += "<rect"
        if let cssClass { attribute("class", cssClass) }
        attribute("x", n.x)
        attribute("y", n.y)
        attribute("width", n.width)
        attribute("height", n.height)
        self += "/>"
    }

    /// A circle.
    mutating func circle(_ cx: Double, _ cy: Double, r: Double, cssClass: String? = nil) {
        self += "<circle"
        if let cssClass { attribute("class", cssClass) }
        attribute("cx", cx)
        attribute("cy", cy)
        attribute("r", r)
        self += "/>"
    }

    /// A path through points: "M x y L x y …", closed with "Z" when `closed`.
    mutating func path(_ points: [Point], closed: Bool = false, cssClass: String) {
        guard !points.isEmpty else { return }
        self += "<path class=\"\(cssClass)\" d=\""
        for (i, p) in points.enumerated() {
            self += i == 0 ? "M" : "L"
            number(p.x)
            self += " "
            number(p.y)
        }
        if closed { self += "Z" }
        self += "\"/>"
    }

    /// Text at a point: `anchor` is start, middle or end; several lines go down by `lineHeight`.
    mutating func label(_ lines: [String], x: Double, y: Double, anchor: TextAnchor = .start,
                        cssClass: String, lineHeight: Double = 0, fontSize: Double? = nil) {
        guard !lines.isEmpty else { return }
        self += "<text class=\"\(cssClass)\" x=\"\(Markup.num(x))\" y=\"\(Markup.num(y))\""
        if anchor != .start { self += " text-anchor=\"\(anchor.rawValue)\"" }
        if let fontSize { self += " font-size=\"\(Markup.num(fontSize))\"" }
        self += ">"
        if lines.count == 1 {
            self += Markup.escape(lines[0])
        } else {
            for (i, line) in lines.enumerated() {
                self += "<tspan x=\"\(Markup.num(x))\""
                if i > 0 { self += " dy=\"\(Markup.num(lineHeight))\"" }
                self += ">" + Markup.escape(line) + "</tspan>"
            }
        }
        self += "</text>"
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
