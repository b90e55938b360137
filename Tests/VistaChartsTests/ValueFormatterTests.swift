import Testing
@testable import VistaCharts

let nbsp = "\u{00A0}"
let minus = "\u{2212}"

@Suite struct ValueFormatterTests {
    let usd = ValueFormatter(unit: .currency("USD"), style: .english)

    @Test func fullFormatsByUnit() {
        #expect(usd.format(12_400) == "$12,400")
        #expect(usd.format(65.5) == "$65.50")
        #expect(usd.format(65) == "$65")
        #expect(usd.format(-1_200) == "\(minus)\u{2060}$1,200")
        #expect(ValueFormatter(unit: .percent, style: .english).format(11.2) == "11.2\(nbsp)%")
        #expect(ValueFormatter(unit: .percent, style: .english).format(5) == "5\(nbsp)%")
        #expect(ValueFormatter(unit: .hours, style: .english).format(190) == "190\(nbsp)h")
        #expect(ValueFormatter(unit: .minutes, style: .english).format(12.25) == "12.3\(nbsp)min")
        #expect(ValueFormatter(unit: .count, style: .english).format(-4.8) == "\(minus)4.8")
        #expect(ValueFormatter(unit: .other("tickets"), style: .english).format(1234) == "1,234\(nbsp)tickets")
    }

    @Test func exactFormatKeepsTheDecimalsAsWritten() {
        let hours = ValueFormatter(unit: .hours, style: .english)
        #expect(hours.format(1_234.56) == "1,235\(nbsp)h")
        #expect(hours.formatExact(1_234.56) == "1,234.56\(nbsp)h")
        #expect(hours.formatExact(190) == "190\(nbsp)h")
        #expect(ValueFormatter(unit: .percent, style: .english).formatExact(-3.25) == "\(minus)3.25\(nbsp)%")
        #expect(usd.formatExact(12_400.5) == "$12,400.50")
        #expect(usd.formatExact(12_400) == "$12,400")
        #expect(usd.formatExact(0.125) == "$0.125")
        let count = ValueFormatter(unit: .count, style: .english)
        #expect(count.formatExact(0.0000012) == "0.0000012")
        #expect(count.formatExact(2.0 / 3.0) == "0.666667")
        #expect(count.formatExact(0) == "0")
        let german = ValueFormatter(unit: .hours, style: NumberStyle(language: "de"))
        #expect(german.formatExact(80.5) == "80,5\(nbsp)h")
        // The decimals as written, when the content wrote the value as text: 93.0 stays 93.0.
        let percent = ValueFormatter(unit: .percent, style: .english)
        #expect(percent.formatExact(93, written: 1) == "93.0\(nbsp)%")
        #expect(percent.formatExact(93) == "93\(nbsp)%")
        #expect(usd.formatExact(12_400, written: 1) == "$12,400.00")
        #expect(usd.formatExact(12_400, written: 0) == "$12,400")
    }

    @Test func smallNumbersKeepTwoSignificantDigits() {
        let f = ValueFormatter(unit: .count, style: .english)
        #expect(f.format(0.48) == "0.48")
        #expect(f.format(0.0000012) == "0.0000012")
        #expect(f.format(0) == "0")
    }

    @Test func neverNegativeZeroNorNaN() {
        let f = ValueFormatter(unit: .count, style: .english)
        #expect(f.format(-0.0) == "0")
        #expect(f.format(-0.00000000001) == "\(minus)0.00000000001")
        #expect(f.formatChange(-0.00001).hasPrefix(minus))
        #expect(f.format(.nan) == "–")
        #expect(f.format(.infinity) == "–")
        #expect(f.formatPercentChange(.infinity) == "–")
        #expect(f.formatChange(0) == "0")
    }

    @Test func compactFormats() {
        #expect(usd.formatCompact(12_400) == "$12.4k")
        #expect(usd.formatCompact(124_000) == "$124k")
        #expect(ValueFormatter(unit: .currency("EUR"), style: .english).formatCompact(1_200_000) == "€1.2M")
        #expect(usd.formatCompact(3.2e12) == "$3.2T")
        #expect(usd.formatCompact(950) == "$950")
        #expect(usd.formatCompact(-12_400) == "\(minus)\u{2060}$12.4k")
    }

    @Test func changesAreSignedAndPercentagesUsePoints() {
        #expect(usd.formatChange(1_200) == "+\u{2060}$1,200")
        #expect(usd.formatChange(-1_200) == "\(minus)\u{2060}$1,200")
        #expect(ValueFormatter(unit: .percent, style: .english).formatChange(-4.8) == "\(minus)4.8\(nbsp)pp")
        #expect(usd.formatPercentChange(-0.484) == "\(minus)48.4\(nbsp)%")
        #expect(usd.formatPercentChange(0.12) == "+12\(nbsp)%")
        #expect(usd.formatPercentChange(2.5) == "+250\(nbsp)%")
    }

    @Test func separatorsByLanguage() {
        let de = ValueFormatter(unit: .currency("EUR"), style: NumberStyle(language: "de"))
        #expect(de.format(12_400) == "12.400\(nbsp)€")
        #expect(de.format(4.5) == "4,50\(nbsp)€")
        #expect(de.formatCompact(1_250_000) == "1,3M\(nbsp)€")
        let fr = ValueFormatter(unit: .percent, style: NumberStyle(language: "fr-FR"))
        #expect(fr.format(1234.5) == "1\u{202F}235\(nbsp)%")
        #expect(fr.format(11.25) == "11,3\(nbsp)%")
        let ch = ValueFormatter(unit: .currency("CHF"), style: NumberStyle(language: "de-CH"))
        #expect(ch.format(12_400) == "CHF\(nbsp)12\u{2019}400")
        let es = ValueFormatter(unit: .count, style: NumberStyle(language: "es"))
        #expect(es.format(1234) == "1234")
        #expect(es.format(12345) == "12.345")
        #expect(ValueFormatter(unit: .count, style: NumberStyle(language: "xx")).format(1234.5) == "1,235")
    }

    @Test func tickPrecisionFollowsTheStep() {
        let count = ValueFormatter(unit: .count, style: .english)
        #expect(count.tickLabels([0, 0.1, 0.2, 0.3], step: 0.1) == ["0", "0.1", "0.2", "0.3"])
        #expect(count.tickLabels([0, 0.5, 1, 1.5], step: 0.5) == ["0", "0.5", "1", "1.5"])
        #expect(count.tickLabels([0, 0.25, 0.5], step: 0.05) == ["0", "0.25", "0.5"])
        #expect(usd.tickLabels([0, 5_000, 10_000, 15_000], step: 5_000) == ["$0", "$5k", "$10k", "$15k"])
        #expect(usd.tickLabels([0, 2_500, 5_000], step: 2_500) == ["$0", "$2,500", "$5,000"])
        #expect(usd.tickLabels([1_000_000, 1_500_000, 2_000_000], step: 500_000) == ["$1M", "$1.5M", "$2M"])
        #expect(ValueFormatter(unit: .percent, style: .english).tickLabels([-2, 0, 2], step: 2) == ["\(minus)2\(nbsp)%", "0\(nbsp)%", "2\(nbsp)%"])
    }
}
