#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Headless Chromium, found on the PATH or named by `--browser`, printing an HTML page to PDF.
struct HeadlessChromium {
    /// The executable.
    let path: String

    /// The names looked for on the PATH, in order.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    /// Where Google Chrome lives on a Mac, which puts no browser on the PATH.
    static let macChrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"

    /// Why no PDF could be made.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The browser `explicit` names (which must be executable), else the first of `names` on `searchPath`.
    static func find(explicit: String?, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) throws -> HeadlessChromium {
        if let explicit {
            guard access(explicit, X_OK) == 0 else {
                throw Failure(description: "--browser \(explicit) is not an executable file")
            }
            return HeadlessChromium(path: explicit)
        }
        let folders = (searchPath ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where access(folder + "/" + name, X_OK) == 0 {
                return HeadlessChromium(path: folder + "/" + name)
            }
        }
        if access(macChrome, X_OK) == 0 { return HeadlessChromium(path: macChrome) }
        throw Failure(description: """
            a PDF is printed by headless Chromium, and none was found (looked for \(names.joined(separator: ", ")) on the PATH). \
            Install it (Debian and Ubuntu: apt install chromium; elsewhere Google Chrome) or name it with --browser PATH, \
            or send the page as one HTML file instead: --to FILE.html
            """)
    }

    /// Prints `html` (a self-contained page) to PDF; the page's own `@page` rules set the paper.
    /// Stops the browser after `timeout` seconds.
    func printPDF(html: String, timeout: Double = 120) throws -> Data {
        let folder = NSTemporaryDirectory() + "vista-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let page = folder + "/page.html", pdf = folder + "/page.pdf", log = folder + "/browser.log"
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--disable-extensions", "--user-data-dir=\(folder)/profile", "--no-pdf-header-footer",
                             "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString]
        let output = FileHandle(forWritingAtPath: log)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw Failure(description: "could not start \(path): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            usleep(500_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw Failure(description: "\(path) did not print the page within \(Int(timeout)) s")
        }
        try? output?.close()
        guard let data = FileManager.default.contents(atPath: pdf), data.starts(with: Array("%PDF".utf8)) else {
            let said = (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").suffix(3).joined(separator: "\n") ?? ""
            throw Failure(description: "\(path) printed no PDF (exit status \(process.terminationStatus))" + (said.isEmpty ? "" : ":\n" + said))
        }
        return data
    }
}
