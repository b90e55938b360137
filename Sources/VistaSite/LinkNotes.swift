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
        var out = ""
        out.reserveCapacity(html.utf8.count + links.count * 48)
        var rest = Substring(html)
        let open = "<a href=\""
        while let start = rest.range(of: open) {
            let afterOpen = rest[start.upperBound...]
            guard let quote = afterOpen.firstIndex(of: "\""), let close = afterOpen.range(of: "</a>") else { break }
            let href = String(afterOpen[..<quote]).replacingOccurrences(of: "&amp;", with: "&")
            out += rest[..<close.upperBound]
            if let address = links[href] {
                out += "<sup class=\"link-note\">\(number(for: address))</sup>"
            }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
