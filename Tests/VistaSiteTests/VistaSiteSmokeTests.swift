import Testing
@testable import VistaSite

@Test func moduleLoads() {
    #expect(Bool(true))
}
