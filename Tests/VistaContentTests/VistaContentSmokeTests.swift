import Testing
@testable import VistaContent

@Test func moduleLoads() {
    #expect(Bool(true))
}
