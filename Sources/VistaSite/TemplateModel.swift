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
protocol TemplateModel: Encodable {
    init()
}

/// A model whose variables join those of the model that holds it.
@propertyWrapper
struct Inline<Model: TemplateModel>: InlineTemplateModel, Encodable {
    var wrappedValue: Model

    init(wrappedValue: Model) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws { try wrappedValue.encode(to: encoder) }

    var model: any TemplateModel { wrappedValue }
    static var modelType: any TemplateModel.Type { Model.self }
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
    /// in (a later property wins over an earlier one), nil optionals and empty texts left out.
    /// Values are wrapped when a template looks them up (`TemplateContext.wrap`).
    var templateValues: [String: Any] {
        let values = TemplateValues()
        try? encode(to: values)
        return values.values
    }
}

/// Reads a model's properties into a dictionary: an `Encoder` that keeps each value as it is
/// (nested models are read when a template looks at them).
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
        mutating func encode(_ value: String, forKey key: Key) {
            if value.isEmpty { values.values[key.stringValue] = nil } else { values.values[key.stringValue] = value }
        }
        mutating func encode(_ value: Bool, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode(_ value: Int, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            if let inline = value as? InlineTemplateModel {
                try inline.model.encode(to: values)
            } else if let falseWhenNil = value as? FalseWhenNilValue {
                values.values[key.stringValue] = falseWhenNil.templateValue
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
