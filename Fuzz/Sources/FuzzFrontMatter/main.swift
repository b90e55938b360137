import FuzzDriver
import VistaContent

/// Front-matter splitting: any text splits or reports an unclosed front matter, and the parts
/// are where the line numbers say.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // As the loader reads a Markdown file: checked UTF-8, line endings made LF.
    guard case .success(let source) = SourceText.decode(bytes(data, size), path: "pages/fuzz.md") else { return 0 }
    let text = source.text
    switch FrontMatter.split(text) {
    case .success(let parts):
        let lines = text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        precondition(parts.bodyFirstLine >= 1 && parts.bodyFirstLine <= lines + 1, "body line out of the file")
        precondition(text.hasSuffix(parts.body), "the body is not the end of the file")
        if let yaml = parts.yaml {
            precondition(parts.yamlFirstLine == 2, "front matter starts on line 2")
            precondition(yaml.isEmpty || text.contains(yaml), "the front matter is not part of the file")
        } else {
            precondition(parts.body == text, "a file without front matter is all body")
        }
    case .failure(let unclosed):
        precondition(unclosed.line == 1, "an unclosed front matter opens on line 1")
    }
    return 0
}

runFuzzer(fuzzFrontMatter)
