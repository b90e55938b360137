import Testing
import VistaSupport

@Suite struct CatalogueTests {
    @Test func placeholdersAreFilledByName() {
        let values = ["count": "3", "name": "Küche"]
        #expect(Catalogue.fill("{{count}} Aufgaben", values) == "3 Aufgaben")
        #expect(Catalogue.fill("{{ name }}: {{count}}", values) == "Küche: 3")
        #expect(Catalogue.fill("{{unknown}} and {{count}}", values) == "{{unknown}} and 3")
        #expect(Catalogue.fill("open {{count", values) == "open {{count")
        #expect(Catalogue.fill("{{{name}}}", values) == "{{{name}}}", "a triple mustache is a template's, not a placeholder")
        #expect(Catalogue.fill("ünïcödé {{name}} ✓", values) == "ünïcödé Küche ✓")
        #expect(Catalogue.fill("{{count}}", [:]) == "{{count}}")
        #expect(Catalogue.fill("{{name}}", ["name": "{{count}}", "count": "x"]) == "{{count}}", "values are not filled again")
    }

    @Test func aMissingKeyShowsTheKey() {
        let words = Catalogue(language: "de", entries: ["nav.home": "Start"])
        #expect(words["nav.home"] == "Start")
        #expect(words["nav.tasks"] == "nav.tasks")
    }

    @Test func pluralsByTheLanguagesRule() {
        let words = Catalogue(language: "fr", entries: ["n.one": "{{count}} tâche", "n.other": "{{count}} tâches"])
        #expect(words.plural("n", count: 0, countText: "0") == "0 tâche")
        #expect(words.plural("n", count: 2, countText: "2") == "2 tâches")
        let english = Catalogue(language: "en", entries: ["n.one": "1 task", "n.other": "{{count}} tasks"])
        #expect(english.plural("n", count: 0, countText: "0") == "0 tasks")
        #expect(english.plural("n", count: 1, countText: "1") == "1 task")
    }

    @Test func monthsComeFromTheLocaleData() {
        #expect(LocaleMonths.names("de").format[2] == "März")
        #expect(LocaleMonths.names("de").standalone[2] == "Mär")
        #expect(LocaleMonths.names("it").format[9] == "ott")
        #expect(LocaleMonths.names("en").format == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        let words = Catalogue(language: "nl", entries: ["month.1": "januari"]).addingMonths()
        #expect(words["month.1"] == "januari", "the catalogue's own name wins")
        #expect(words["month.3"] == "mrt")
    }
}
