import Testing
@testable import VistaMarkdown

@Test func moduleLoads() {
    #expect(Bool(true))
}
