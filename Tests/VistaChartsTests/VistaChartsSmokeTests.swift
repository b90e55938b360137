import Testing
@testable import VistaCharts

@Test func moduleLoads() {
    #expect(Bool(true))
}
