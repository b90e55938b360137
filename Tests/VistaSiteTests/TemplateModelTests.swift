import Foundation
import Testing
@testable import VistaSite

/// The built-in templates read only what their models have, and docs/THEMING.md lists exactly the
/// variables of each model (`TemplateModels`).
@Suite struct TemplateModelTests {
    /// A property of a model: its variable name (empty for an `@Inline` model) and the models it holds.
    struct Property {
        var name: String
        var models: [any TemplateModel.Type]
    }

    /// The properties of a model type, read from its empty value.
    static func properties(of type: any TemplateModel.Type) -> [Property] {
        Mirror(reflecting: type.init()).children.compactMap { child in
            guard var label = child.label else { return nil }
            let valueType = Swift.type(of: child.value)
            if let inline = valueType as? InlineTemplateModel.Type { return Property(name: "", models: [inline.modelType]) }
            if let wrapper = valueType as? FalseWhenNilValue.Type {
                label.removeFirst()
                return Property(name: label, models: [wrapper.modelType])
            }
            if let holder = valueType as? TemplateModelHolder.Type { return Property(name: label, models: [holder.modelType]) }
            if let model = valueType as? any TemplateModel.Type { return Property(name: label, models: [model]) }
            return Property(name: label, models: [])
        }
    }

    /// Every variable of the models and of the models they hold, except those of `stops`.
    static func keys(of types: [any TemplateModel.Type], stoppingAt stops: Set<ObjectIdentifier> = []) -> Set<String> {
        var keys = Set<String>(), seen = Set<ObjectIdentifier>()
        var pending = types
        while let type = pending.popLast() {
            guard seen.insert(ObjectIdentifier(type)).inserted else { continue }
            for property in properties(of: type) {
                if !property.name.isEmpty { keys.insert(property.name) }
                pending += property.models.filter { !stops.contains(ObjectIdentifier($0)) }
            }
        }
        return keys
    }

    /// docs/THEMING.md's sections (`##` and `###`) by title, each with the names in backticks that
    /// could be variables (letters and digits).
    static func documentedSections() throws -> [String: Set<String>] {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/THEMING.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        var sections: [String: Set<String>] = [:]
        var current: String?
        var inFence = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            if line.hasPrefix("## ") || line.hasPrefix("### ") {
                current = String(line.drop(while: { $0 == "#" }).dropFirst())
                sections[current!] = []
                continue
            }
            guard let current else { continue }
            for match in line.matches(of: #/`([A-Za-z][A-Za-z0-9]*)`/#) { sections[current]!.insert(String(match.1)) }
        }
        return sections
    }

    @Test(arguments: TemplateModels.bySection.keys.sorted())
    func theDocumentationListsEachVariableOfTheModels(_ section: String) throws {
        let documented = try #require(try Self.documentedSections()[section], "docs/THEMING.md has no section '\(section)'")
        let types = TemplateModels.bySection[section]!
        let own = Set(types.map(ObjectIdentifier.init))
        let stops = Set(TemplateModels.bySection.values.joined().map(ObjectIdentifier.init)).subtracting(own)
        let keys = Self.keys(of: types, stoppingAt: stops)
        #expect(keys.subtracting(documented).sorted() == [], "variables that docs/THEMING.md does not list under '\(section)'")
        #expect(documented.subtracting(keys).sorted() == [], "names under '\(section)' that are no variable of its models")
    }

    /// The variables a template names: `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}` (the first
    /// part of `a.b`), not partials, comments or `{{.}}`.
    static func names(in template: String) -> Set<String> {
        var names = Set<String>()
        for match in template.matches(of: #/\{\{\{?\s*([#^]?)\s*([A-Za-z0-9_\-.]+)\s*\}?\}\}/#) {
            let name = String(match.2)
            guard name != "." else { continue }
            names.insert(String(name.split(separator: ".").first ?? Substring(name)))
        }
        return names
    }

    @Test func everyBuiltInTemplateHasItsModels() {
        #expect(Set(TemplateSet.builtInNames).subtracting(TemplateModels.byTemplate.keys).sorted() == [])
        #expect(Set(TemplateModels.byTemplate.keys).subtracting(TemplateSet.builtInNames).sorted() == [])
    }

    /// A template names only variables of its models, or of the models of the templates that include it.
    @Test(arguments: TemplateSet.builtInNames)
    func aBuiltInTemplateNamesOnlyVariablesItsModelsHave(_ name: String) throws {
        var texts: [String: String] = [:]
        for template in TemplateSet.builtInNames { texts[template] = BuiltInTheme.text(of: template + ".mustache") }
        let text = try #require(texts[name])
        // The templates that include this one, directly or through other partials.
        var includers = Set<String>(), pending = [name]
        while let partial = pending.popLast() {
            for (template, source) in texts where TemplateSet.partials(in: source).contains(where: { $0.name == partial }) {
                if includers.insert(template).inserted { pending.append(template) }
            }
        }
        let types = ([name] + includers.sorted()).flatMap { TemplateModels.byTemplate[$0] ?? [] }
        // `t`, the catalogue of words, is seen by every template (docs/THEMING.md, *Words*).
        let keys = Self.keys(of: types).union(["t"])
        #expect(Self.names(in: text).subtracting(keys).sorted() == [], "\(name).mustache names variables no model has")
        // Every word it reads (`{{t.key}}`, `{{> t.key}}`) is in the catalogue.
        let english = SiteWords.english.entries
        let words = text.matches(of: #/\{\{(?:>\s*)?t\.([a-z_.]+)\s*\}\}/#).map { String($0.1) }
        #expect(words.filter { english[$0] == nil }.sorted() == [], "\(name).mustache reads words the catalogue does not have")
    }

    /// An empty text and a nil optional are absent; `@Inline` joins variables; `@FalseWhenNil` is false.
    @Test func aModelReadsAsItsVariables() {
        var list = ChangeList(hasChanges: true)
        list.metrics = [ChangeList.MetricChange(title: "Hours", href: "")]
        let values = list.templateValues
        #expect(values["hasChanges"] as? Bool == true)
        #expect(values["savings"] as? Bool == false)
        #expect(values["first"] as? Bool == false)
        #expect((values["metrics"] as? [TemplateContext])?.count == 1)
        let item = ChangeList.MetricChange(title: "Hours", href: "").templateValues
        #expect((item["title"] as? TemplateText)?.text == "Hours")
        #expect(item["href"] == nil)
        let since = Since(changes: list, date: "8 Oct 2026").templateValues
        #expect(since["hasChanges"] as? Bool == true)
        #expect((since["date"] as? TemplateText)?.text == "8 Oct 2026")
        #expect(since["changes"] == nil)
        #expect(HomePage().templateValues["since"] == nil)
    }
}
