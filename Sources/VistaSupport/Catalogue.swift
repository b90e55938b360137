/// The words of one language: every text a reader sees that is not content, by key
/// (`headline.cost_today`), as written in the theme's `i18n/<language>.yaml` and the site's overrides.
///
/// Texts with numbers are whole sentences with named placeholders (`{{count}} tasks`), so that each
/// language orders its words its own way; a text that depends on a count has one form per plural
/// category (`tasks.count.one`, `tasks.count.other`), chosen by the language's rule.
public struct Catalogue: Sendable, Hashable {
    /// The language tag the words are for ("de", "fr-CH").
    public let language: String
    /// Every text by its full key.
    public private(set) var entries: [String: String]

    /// A catalogue of `entries` (full keys to texts) for `language`.
    public init(language: String = "en", entries: [String: String] = [:]) {
        self.language = language
        self.entries = entries
    }

    /// The text of `key`; a missing key gives the key itself, so that a gap shows and never blanks a page.
    public subscript(_ key: String) -> String { entries[key] ?? key }

    /// The text of `key` with its placeholders (`{{name}}`) replaced by `values`.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        Self.fill(self[key], values)
    }

    /// The form of `key` for `count` (`key.one` or `key.other` by the language's plural rule), filled
    /// with `values` and with `{{count}}` as `countText`.
    public func plural(_ key: String, count: Double, countText: String, _ values: [String: String] = [:]) -> String {
        let category = PluralRule(language: language).category(count)
        let form = entries[key + "." + category.rawValue] ?? entries[key + ".other"] ?? key
        var all = values
        all["count"] = countText
        return Self.fill(form, all)
    }

    /// This catalogue with `overrides` taking the place of its texts.
    public func merging(_ overrides: [String: String]) -> Catalogue {
        Catalogue(language: language, entries: entries.merging(overrides) { _, new in new })
    }

    /// `text` with every `{{name}}` replaced by `values[name]`; unknown names stay as written.
    /// Read byte by byte: it runs for every chart sentence of a build.
    public static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return text }
        var source = text
        return source.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            walk(bytes, text: { out.append(contentsOf: $0) }, placeholder: { name, whole in
                if let value = values[String(decoding: name, as: UTF8.self)] {
                    out.append(contentsOf: value.utf8)
                } else {
                    out.append(contentsOf: whole)
                }
            })
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The names of the placeholders in `text`, in order of appearance (`{{count}}` gives `count`).
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var source = text
        source.withUTF8 { bytes in
            walk(bytes, text: { _ in }, placeholder: { name, _ in
                let name = String(decoding: name, as: UTF8.self)
                if name.first?.isLetter == true { names.append(name) }
            })
        }
        return names
    }

    /// Walks a text's UTF-8 as `fill` reads it: `text` gets each run without placeholders, and
    /// `placeholder` each `{{name}}` with its name (without the spaces around it) and the whole
    /// placeholder as written. A `{{` that is never closed is text.
    public static func walk(_ bytes: UnsafeBufferPointer<UInt8>,
                            text: (Slice<UnsafeBufferPointer<UInt8>>) -> Void,
                            placeholder: (_ name: Slice<UnsafeBufferPointer<UInt8>>, _ whole: Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), space = UInt8(ascii: " ")
        let n = bytes.count
        var i = 0
        while i < n {
            guard bytes[i] == open, i + 1 < n, bytes[i + 1] == open else {
                // The text up to the next brace, in one piece.
                var next = i + 1
                while next < n, bytes[next] != open { next += 1 }
                text(bytes[i..<next])
                i = next
                continue
            }
            var end = i + 2
            while end + 1 < n, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            guard end + 1 < n else {
                text(bytes[i..<n])
                return
            }
            var start = i + 2, last = end
            while start < last, bytes[start] == space { start += 1 }
            while last > start, bytes[last - 1] == space { last -= 1 }
            placeholder(bytes[start..<last], bytes[i..<(end + 2)])
            i = end + 2
        }
    }
}

/// Which plural form a count takes in a language: `one` or `other` (enough for the languages
/// Vista ships; a language whose rule is not known here uses `one` for exactly 1).
public struct PluralRule: Sendable {
    /// A plural category (CLDR names).
    public enum Category: String, Sendable { case one, other }

    /// Whether 0 and 1 (and everything below 2) take the singular, as in French and Brazilian Portuguese.
    let zeroIsOne: Bool

    /// The rule of a language tag's primary language (`fr-CH` takes French's); English's (`one`
    /// for exactly 1) for a language not known here or a tag without a language.
    public init(language: String) {
        let primary = LanguageTag.primary(language) ?? "en"
        zeroIsOne = ["fr", "pt", "hy", "kab", "ff"].contains(primary)
    }

    /// The category of `count`. English-like rules give `one` to exactly 1 (1.5 is `other`); French
    /// gives it to every count whose integer part is 0 or 1 (CLDR).
    public func category(_ count: Double) -> Category {
        if zeroIsOne { return abs(count) < 2 ? .one : .other }
        return count == 1 ? .one : .other
    }
}
