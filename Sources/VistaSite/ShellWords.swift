import Foundation

/// Command lines as a POSIX shell reads and writes them: `--ssh "ssh -i 'my key'"` into words,
/// and words quoted for the remote shell that ssh hands its command to.
enum ShellWords {
    /// Splits a command line into words: blanks separate words, `'…'` and `"…"` quote, `\` escapes
    /// the next character (outside single quotes). Nil when a quote is not closed.
    static func split(_ line: String) -> [String]? {
        var words: [String] = [], word = "", inWord = false
        var quote: Character? = nil, escaped = false
        for character in line {
            if escaped {
                word.append(character); escaped = false; inWord = true
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\", open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character; inWord = true
            } else if character == "\\" {
                escaped = true
            } else if character == " " || character == "\t" || character == "\n" {
                if inWord { words.append(word); word = ""; inWord = false }
            } else {
                word.append(character); inWord = true
            }
        }
        guard quote == nil, !escaped else { return nil }
        if inWord { words.append(word) }
        return words
    }

    /// One word quoted for a POSIX shell: `it's` → `'it'\''s'`.
    static func quote(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter && $0.isASCII || $0.isNumber && $0.isASCII || "-_./=:@,+%".contains($0) }) {
            return word
        }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

