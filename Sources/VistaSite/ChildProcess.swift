#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import VistaContent
import VistaSupport

/// A program Vista runs for a publish (ssh, rsync), started with `posix_spawn`, its standard
/// input, output and error as pipes. While one runs, SIGINT, SIGTERM and SIGHUP stop it before
/// Vista exits, so an interrupted publish never leaves an upload or a server session behind.
final class ChildProcess: @unchecked Sendable {
    // @unchecked: the descriptors and the pid are set in `init` and only closed by the thread that
    // owns the object; the error text is written by one reader thread and read after it finished.
    private let pid: pid_t
    private var input: Int32, output: Int32
    private var errorBytes: [UInt8] = []
    private let errorDone = DispatchSemaphore(value: 0)
    private var pending: [UInt8] = []
    private var status: Int32?

    /// Starts `arguments[0]`, found on `PATH` unless it holds a `/`.
    init(_ arguments: [String]) throws {
        guard let program = arguments.first, let path = Self.find(program) else {
            throw Publisher.Failure(description: "\(arguments.first ?? "") is not installed on this machine (not found on PATH)")
        }
        Self.installSignalHandlers
        let (inRead, inWrite) = try Self.pipe(), (outRead, outWrite) = try Self.pipe(), (errRead, errWrite) = try Self.pipe()
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil, attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t(), attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inRead, 0)
        posix_spawn_file_actions_adddup2(&actions, outWrite, 1)
        posix_spawn_file_actions_adddup2(&actions, errWrite, 2)
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), empty = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, number) }
        sigemptyset(&empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = arguments.map { strdup($0) } + [nil]
        let environment = ProcessInfo.processInfo.environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { for pointer in argv + environment { free(pointer) } }
        var child = pid_t()
        let result = posix_spawn(&child, path, &actions, &attributes, argv, environment)
        for descriptor in [inRead, outWrite, errWrite] { close(descriptor) }
        guard result == 0 else {
            for descriptor in [inWrite, outRead, errRead] { close(descriptor) }
            throw Publisher.Failure(description: "cannot start \(program): \(String(cString: strerror(result)))")
        }
        pid = child
        input = inWrite
        output = outRead
        Self.running.update { $0.insert(child) }
        Thread.detachNewThread { [self] in
            var bytes: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { systemRead(errRead, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                bytes += buffer[..<count]
            }
            close(errRead)
            errorBytes = bytes
            errorDone.signal()
        }
    }

    deinit {
        closeInput()
        if output >= 0 { close(output) }
    }

    /// Sends one line to the program's standard input.
    func send(_ line: String) {
        guard input >= 0 else { return }
        var bytes = Array((line + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(input, $0.baseAddress!, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Closes the program's standard input: it reads end of file.
    func closeInput() {
        if input >= 0 { close(input) }
        input = -1
    }

    /// The next line the program writes on standard output; nil at the end.
    func readLine() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            let count = output < 0 ? 0 : buffer.withUnsafeMutableBytes { systemRead(output, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                guard !pending.isEmpty else { return nil }
                defer { pending.removeAll() }
                return String(decoding: pending, as: UTF8.self)
            }
            pending.append(contentsOf: buffer[..<count])
        }
    }

    /// Waits for the program to end; its exit status (128 + the signal when a signal ended it)
    /// and what it wrote on standard error.
    func wait() -> (status: Int32, errors: String) {
        closeInput()
        if status == nil {
            var raw: Int32 = 0
            while waitpid(pid, &raw, 0) < 0, errno == EINTR {}
            let signal = raw & 0x7f
            status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
            Self.running.update { _ = $0.remove(pid) }
            errorDone.wait()
        }
        return (status ?? 1, String(decoding: errorBytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Stops the program (SIGTERM).
    func stop() {
        if status == nil { kill(pid, SIGTERM) }
    }

    /// The programs running now, stopped when Vista is interrupted.
    private static let running = Locked<Set<pid_t>>([])

    /// SIGINT, SIGTERM and SIGHUP stop the running programs, then Vista, with the usual exit status.
    private static let installSignalHandlers: Void = {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                for child in running.read() { kill(child, SIGTERM) }
                exit(128 + number)
            }
            source.resume()
            signalSources.update { $0.append(source) }
        }
    }()

    private static let signalSources = Locked<[any DispatchSourceSignal]>([])

    /// A pipe whose two ends are not inherited by other programs (only through `dup2`).
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard ends.withUnsafeMutableBufferPointer({ systemPipe($0.baseAddress!) }) == 0 else {
            throw Publisher.Failure(description: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// The full path of a program: as given when it holds a `/`, else the first match on `PATH`.
    static func find(_ program: String) -> String? {
        if program.contains("/") { return access(program, X_OK) == 0 ? program : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + program
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// `pipe(2)`, named apart from the method.
private func systemPipe(_ ends: UnsafeMutablePointer<Int32>) -> Int32 {
    pipe(ends)
}
