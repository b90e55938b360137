/// The common YAML syntax errors in the words of someone who writes content, not of the YAML
/// scanner: "a tab cannot indent YAML" instead of "found character that cannot start any token".
/// Errors without such words keep the scanner's own message.
struct YAMLProblem: Equatable {
    var message: String
    var hint: String

    /// The plain words for a problem reported by libyaml, given the character at its position.
    init?(_ problem: String, character: Character?) {
        switch problem {
        case "found character that cannot start any token" where character == "\t",
             "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            self.init(message: "a tab cannot indent YAML; use spaces",
                      hint: "replace the tab at this place with spaces (most editors can be set to insert spaces)")
        case "found character that cannot start any token":
            let shown = character.map { "`\($0)`" } ?? "this character"
            self.init(message: "a value cannot start with \(shown) unless it is in quotes",
                      hint: "put the text in quotes: \"…\"")
        case "mapping values are not allowed in this context":
            self.init(message: "put the text in quotes: it contains ': ', which YAML reads as the start of a key",
                      hint: "write it as key: \"text: with a colon\"")
        case "did not find expected key":
            self.init(message: "this line is not indented like the keys around it, or a text before it needs quotes",
                      hint: "align the line with the keys of its mapping, and quote texts that start with a quote, [ or {")
        case "could not find expected ':'":
            self.init(message: "a line here is neither `key: value` nor part of the text above it",
                      hint: "indent a text that goes on over several lines, or start it with | on the line of its key")
        case "did not find expected ',' or ']'":
            self.init(message: "a list in [ ] is not closed, or one of its items needs quotes",
                      hint: "close the list with ], and put items that contain [, ], {, } or # in quotes")
        case "did not find expected ',' or '}'":
            self.init(message: "a mapping in { } is not closed, or one of its values needs quotes",
                      hint: "close the mapping with }, and put values that contain [, ], {, } or # in quotes")
        case "found unexpected end of stream":
            self.init(message: "the file ends inside quotes or brackets that were never closed",
                      hint: "look for a quote, [ or { without its partner above this place")
        case "found unknown escape character while parsing a quoted scalar":
            self.init(message: "a backslash in double quotes starts an escape such as \\n",
                      hint: "write \\\\ for a backslash, or use single quotes")
        default:
            return nil
        }
    }

    private init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
