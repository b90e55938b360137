#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What libFuzzer calls with each input.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// libFuzzer's driver, in the fuzzer runtime that `-sanitize=fuzzer` links.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ target: FuzzTarget) -> CInt

/// Hands the process to libFuzzer with `target` as the function under test.
///
/// SwiftPM renames an executable's `main` (to `<Module>_main`, aliased with `--defsym`), so the
/// `main` of libFuzzer never runs; each fuzz target's `main.swift` calls this instead, and
/// `LLVMFuzzerRunDriver` parses the command line and runs the loop. Each target also exports its
/// function as `LLVMFuzzerTestOneInput`, which the linked runtime expects to find.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The input as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}
