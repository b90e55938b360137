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
/// ten times as much. Nothing is cast to a protocol on the way: the first cast of a type to a
/// protocol makes the Swift runtime search every conformance of the process (some 8,500, about
/// 0.35 M instructions), and a build reads some sixty model types.
protocol TemplateModel: Encodable {
    init()
}

/// A model whose variables join those of the model that holds it.
@propertyWrapper
struct Inline<Model: TemplateModel>: InlineTemplateModel, Encodable {
    var wrappedValue: Model

    init(wrappedValue: Model) { self.wrappedValue = wrappedValue }

    /// The model's variables go straight into those of the model that holds it.
    func encode(to encoder: any Encoder) throws {
        guard let property = encoder as? TemplateValues.Property, let holder = property.holder else {
            return try wrappedValue.encode(to: encoder)
        }
        property.joinsHolder = true
        try wrappedValue.encode(to: holder)
    }

    static var modelType: any TemplateModel.Type { Model.self }
}

/// An `@Inline` property, whatever its model.
protocol InlineTemplateModel {
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

extension TemplateModel {
    /// The model's variables by name, as a template sees them at this level: inline models joined
    /// in (a later property wins over an earlier one), nil optionals and empty texts left out, and
    /// each value in the form a template reads it:
    /// - a text is a `TemplateText`, a flag or a count as it is;
    /// - a model is a `TemplateContext`, a list a list of either (`[TemplateText]` or
    ///   `[TemplateContext]`).
    var templateValues: [String: Any] {
        let values = TemplateValues()
        try? encode(to: values)
        return values.values
    }
}

/// Reads a model's properties into a dictionary: an `Encoder` that keeps each value in the form a
/// template reads it. A property that is not a text, flag or count (a model, a list, an optional
/// model) encodes into a `Property` of its own, which tells by the container the value asks for
/// what it is: a keyed one is a model, an unkeyed one a list, a single value a text, flag or count.
class TemplateValues: Encoder {
    var values: [String: Any] = [:]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init() {}

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        values.reserveCapacity(24)
        return KeyedEncodingContainer(Container(values: self))
    }

    /// Models are structs of named properties: no lists or single values at the top.
    func unkeyedContainer() -> any UnkeyedEncodingContainer { preconditionFailure("a template model is a struct") }
    func singleValueContainer() -> any SingleValueEncodingContainer { preconditionFailure("a template model is a struct") }

    /// A text as a template reads it: absent when empty.
    static func text(_ value: String) -> TemplateText? { value.isEmpty ? nil : TemplateText(value) }

    struct Container<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let values: TemplateValues
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) {}
        mutating func encode(_ value: String, forKey key: Key) { values.values[key.stringValue] = TemplateValues.text(value) }
        mutating func encode(_ value: Bool, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode(_ value: Int, forKey key: Key) { values.values[key.stringValue] = value }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let property = Property(holder: values)
            try value.encode(to: property)
            if !property.joinsHolder { values.values[key.stringValue] = property.templateValue }
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

    /// The encoder of one value (a property's, or a list's element). What the value asks for says
    /// what it is: a keyed container a model (its variables go into this encoder's `values`), an
    /// unkeyed one a list, a single value a text, flag or count; a value that encodes nothing is
    /// absent (`@FalseWhenNil` makes it `false`).
    final class Property: TemplateValues {
        /// The variables of the model that holds the property (an `@Inline` model's go there); nil
        /// for a list's element, which no `@Inline` can be.
        let holder: TemplateValues?
        /// Set by `@Inline`: the value's variables joined the holder's.
        var joinsHolder = false
        /// Set by `@FalseWhenNil`: a value that encodes nothing is `false`, not absent.
        var falseWhenAbsent = false
        private var isModel = false
        private var list: List?
        private var single: Any?

        init(holder: TemplateValues?) {
            self.holder = holder
            super.init()
        }

        /// The value as a template reads it; nil when it is absent.
        var templateValue: Any? {
            if isModel { return TemplateContext(values: values) }
            if let list { return list.value }
            if let single { return single }
            return falseWhenAbsent ? false : nil
        }

        override func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            isModel = true
            return super.container(keyedBy: type)
        }

        override func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let list = List()
            self.list = list
            return ListContainer(list: list)
        }

        override func singleValueContainer() -> any SingleValueEncodingContainer { SingleValue(property: self) }

        /// The elements of a list, as a template reads them: a list of texts is a `[TemplateText]`
        /// (empty texts kept), a list of models a `[TemplateContext]`.
        final class List {
            var texts: [TemplateText] = []
            var contexts: [TemplateContext] = []
            var others: [Any] = []

            var value: Any {
                if others.isEmpty, contexts.isEmpty { return texts }
                if others.isEmpty, texts.isEmpty { return contexts }
                return others
            }
        }

        struct ListContainer: UnkeyedEncodingContainer {
            let list: List
            var codingPath: [any CodingKey] { [] }
            var count: Int { list.texts.count + list.contexts.count + list.others.count }

            mutating func encodeNil() {}
            mutating func encode(_ value: String) { list.texts.append(TemplateText(value)) }
            /// The type is compared, not cast: comparing types costs nothing, a cast to a protocol a
            /// search of every conformance.
            mutating func encode<T: Encodable>(_ value: T) throws {
                if T.self == String.self, let text = value as? String { return encode(text) }
                let element = Property(holder: nil)
                try value.encode(to: element)
                switch element.templateValue {
                case let context as TemplateContext: list.contexts.append(context)
                case let other?: list.others.append(other)
                case nil: break
                }
            }
            mutating func nestedContainer<Nested: CodingKey>(keyedBy: Nested.Type) -> KeyedEncodingContainer<Nested> {
                preconditionFailure("template models encode no nested containers")
            }
            mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
                preconditionFailure("template models encode no nested containers")
            }
            mutating func superEncoder() -> any Encoder { preconditionFailure("template models encode no nested containers") }
        }

        struct SingleValue: SingleValueEncodingContainer {
            let property: Property
            var codingPath: [any CodingKey] { [] }

            mutating func encodeNil() { property.single = nil }
            mutating func encode(_ value: String) { property.single = TemplateValues.text(value) }
            mutating func encode(_ value: Bool) { property.single = value }
            mutating func encode(_ value: Int) { property.single = value }
            mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: property) }
        }
    }
}
