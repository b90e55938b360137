import FuzzDriver
import VistaContent

/// Period parsing: any text is a period or a reason; a period reads back from its own text, and
/// its days are in order.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPeriod(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: bytes(data, size), as: UTF8.self)
    _ = Period.looksLikePeriod(text)
    guard case .success(let period) = Period.parse(text) else { return 0 }
    guard case .success(let again) = Period.parse(period.description) else { preconditionFailure("\(period) does not read back") }
    precondition(again == period, "\(period) reads back as \(again)")
    precondition(period.firstDay <= period.lastDay, "\(period) ends before it starts")
    precondition(period.contains(period), "\(period) does not contain itself")
    _ = period.ordinal
    return 0
}

runFuzzer(fuzzPeriod)
