/// The notes of a page's links for print: each distinct target of a link written in the content
/// (to another page of the site, or to the web) gets a number, in order of first appearance; the
/// page prints the number after each such link and the addresses once, at its end.
struct LinkNotes {
    /// The addresses, in order: note N is `addresses[N - 1]`.
    private(set) var addresses: [String] = []
    private var numbers: [String: Int] = [:]

    /// The number of an address, given the next one when it is new.
    mutating func number(for address: String) -> Int {
        if let number = numbers[address] { return number }
        addresses.append(address)
        numbers[address] = addresses.count
        return addresses.count
    }

    /// `html` with a print-only note number after every link whose `href` is in `links` (the
    /// `href` as written in the HTML, mapped to the address to print).
    mutating func annotate(_ html: String, links: [String: String]) -> String {
        guard !links.isEmpty else { return html }
        var html = html
        // Where each note goes (the byte after a link's `</a>`), found in the bytes; the text is then
        // copied once, in pieces that need no new check of their UTF-8.
        let notes: [(offset: Int, number: Int)] = html.withUTF8 { bytes in
            var notes: [(offset: Int, number: Int)] = []
            var position = 0
            while let start = ByteSearch.find("<a href=\"", in: bytes, from: position) {
                let hrefStart = start + 9
                guard let quote = ByteSearch.find(0x22, in: bytes, from: hrefStart),
                      let close = ByteSearch.find("</a>", in: bytes, from: hrefStart) else { break }
                var href = String(decoding: bytes[hrefStart..<quote], as: UTF8.self)
                if href.utf8.contains(0x26) { href = href.replacingOccurrences(of: "&amp;", with: "&") }
                if let address = links[href] { notes.append((close + 4, number(for: address))) }
                position = close + 4
            }
            return notes
        }
        guard !notes.isEmpty else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + notes.count * 32)
        var previous = html.startIndex
        for note in notes {
            let index = html.utf8.index(html.utf8.startIndex, offsetBy: note.offset)
            out += html[previous..<index]
            out += "<sup class=\"link-note\">\(note.number)</sup>"
            previous = index
        }
        out += html[previous...]
        return out
    }
}
