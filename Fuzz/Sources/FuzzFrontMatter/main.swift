import FuzzDriver
import VistaContent

/// Front-matter splitting: any text splits or reports an unclosed front matter, and the parts
/// are where the line numbers say.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    switch FrontMatter.split(text) {
    case .success(let parts):
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        precondition(parts.bodyFirstLine >= 1 && parts.bodyFirstLine <= lines.count + 1, "body line out of the file")
        precondition(text.hasSuffix(parts.body), "the body is not the end of the file")
        if let yaml = parts.yaml {
            precondition(parts.yamlFirstLine == 2, "front matter starts on line 2")
            precondition(text.contains(yaml), "the front matter is not part of the file")
        } else {
            precondition(parts.body == text, "a file without front matter is all body")
        }
    case .failure(let unclosed):
        precondition(unclosed.line == 1, "an unclosed front matter opens on line 1")
    }
    return 0
}

runFuzzer(fuzzFrontMatter)
