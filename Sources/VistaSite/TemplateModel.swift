/// What a template reads: a page's or a component's data as a struct whose stored properties are
/// the template's variables, under the same names (`title` is `{{title}}`). Models are made by the
/// page builders and handed to `TemplateSet.render`; `TemplateContext` reads them.
///
/// The rules of the built-in theme hold for every model:
/// - an empty text and a nil optional are absent, so that `{{#owner}}…{{/owner}}` renders only when
///   there is an owner, and a lookup that finds nothing goes on to the context around it;
/// - a property marked `@Inline` adds its model's variables at the same level (a proposal page has
///   every variable of a proposal-list item, `{{title}}` rather than `{{item.title}}`);
/// - every property has a default, so that `init()` gives the empty model: docs/THEMING.md's lists
///   of variables are checked against the properties of the empty models (`TemplateModels`).
///
/// A model is read through its synthesized `Encodable` conformance (`TemplateValues`), which names
/// each property by its name and costs what building a dictionary by hand costs; `Mirror` costs
/// ten times as much.
protocol TemplateModel: Encodable, TemplateValue, TemplateListElement {
    init()
}

/// A value of a model's property, in the form a template reads it: a text as a `TemplateText` (an
/// empty one absent), a model as a `TemplateContext`, a list as a list of either; flags and counts
/// as they are. Reading a model asks each property for it once, through this protocol: one cast
/// per property instead of a cast for every kind of value it might be.
protocol TemplateValue {
    /// The value as a template reads it; nil when it is absent.
    var templateValue: Any? { get }
    /// Puts the value into `values` under `key` (an `@Inline` model puts its own variables there).
    func store(into values: TemplateValues, as key: String) throws
}

extension TemplateValue {
    func store(into values: TemplateValues, as key: String) throws { values.values[key] = templateValue }
}

/// What a list of values is, as a template reads it.
protocol TemplateListElement {
    /// The list as a template reads it: a list of `TemplateText`s or of `TemplateContext`s.
    static func list(_ elements: [Self]) -> Any
}

extension TemplateModel {
    var templateValue: Any? { TemplateContext(model: self) }
    static func list(_ elements: [Self]) -> Any { elements.map { TemplateContext(model: $0) } }
}

extension String: TemplateValue, TemplateListElement {
    var templateValue: Any? { isEmpty ? nil : TemplateText(self) }
    static func list(_ elements: [String]) -> Any { elements.map(TemplateText.init) }
}

extension Bool: TemplateValue {
    var templateValue: Any? { self }
}

extension Int: TemplateValue {
    var templateValue: Any? { self }
}

extension Array: TemplateValue where Element: TemplateListElement {
    var templateValue: Any? { Element.list(self) }
}

/// A model whose variables join those of the model that holds it.
@propertyWrapper
struct Inline<Model: TemplateModel>: InlineTemplateModel, TemplateValue, Encodable {
    var wrappedValue: Model

    init(wrappedValue: Model) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws { try wrappedValue.encode(to: encoder) }

    var model: any TemplateModel { wrappedValue }
    static var modelType: any TemplateModel.Type { Model.self }

    var templateValue: Any? { TemplateContext(model: wrappedValue) }
    /// The model's variables join those of the model that holds it.
    func store(into values: TemplateValues, as key: String) throws { try wrappedValue.encode(to: values) }
}

/// An `@Inline` property, whatever its model.
protocol InlineTemplateModel {
    var model: any TemplateModel { get }
    static var modelType: any TemplateModel.Type { get }
}

/// A property whose values are models: a model, an optional model or a list of models.
protocol TemplateModelHolder {
    static var modelType: any TemplateModel.Type { get }
}

extension Optional: TemplateModelHolder where Wrapped: TemplateModel {
    static var modelType: any TemplateModel.Type { Wrapped.self }
}

extension Array: TemplateModelHolder where Element: TemplateModel {
    static var modelType: any TemplateModel.Type { Element.self }
}

/// A list of models, read as a list of contexts.
protocol TemplateModelList {
    var contexts: [TemplateContext] { get }
}

extension Array: TemplateModelList where Element: TemplateModel {
    var contexts: [TemplateContext] { map { TemplateContext(model: $0) } }
}

extension TemplateModel {
    /// The model's variables by name, as a template sees them at this level: inline models joined
    /// in (a later property wins over an earlier one), nil optionals and empty texts left out, and
    /// each value in the form a template reads it (`TemplateValue`).
    var templateValues: [String: Any] {
        let values = TemplateValues()
        try? encode(to: values)
        return values.values
    }
}

/// Reads a model's properties into a dictionary: an `Encoder` that keeps each value in the form a
/// template reads it (nested models are read at once, into contexts of their own).
final class TemplateValues: Encoder {
    var values: [String: Any] = [:]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() { values.reserveCapacity(24) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Container(values: self))
    }

    /// Models are structs of named properties: no lists or single values at the top.
    func unkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure("a template model is a struct") }
    func singleValueContainer() -> any SingleValueEncodingContainer { preconditionFailure("a template model is a struct") }

    struct Container<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let values: TemplateValues
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: String, forKey key: Key) { values.values[key.stringValue] = value.templateValue }
        mutating func encode(_ value: Bool, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode(_ value: Int, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let value = value as? TemplateValue {
                try value.store(into: values, as: key.stringValue)
            } else {
                values.values[key.stringValue] = value
            }
        }
        mutating func nestedContainer<Nested: CodingKey>(keyedBy: Nested.Type, forKey: Key) -> KeyedEncodingContainer<Nested> {
            preconditionFailure("template models encode no nested containers")
        }
        mutating func nestedUnkeyedContainer(forKey: Key) -> any UnkeyedEncodingContainer {
            preconditionFailure("template models encode no nested containers")
        }
        mutating func superEncoder() -> any Encoder { values }
        mutating func superEncoder(forKey: Key) -> any Encoder { values }
    }
}
