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
protocol TemplateModel {
    init()
}

/// A model whose variables join those of the model that holds it.
@propertyWrapper
struct Inline<Model: TemplateModel>: InlineTemplateModel {
    var wrappedValue: Model

    init(wrappedValue: Model) { self.wrappedValue = wrappedValue }

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

/// An optional value, whatever it wraps (Mirror hands optionals over boxed).
protocol OptionalTemplateValue {
    var wrappedTemplateValue: Any? { get }
}

extension Optional: OptionalTemplateValue {
    var wrappedTemplateValue: Any? {
        switch self {
        case .some(let value): (value as? OptionalTemplateValue).map { $0.wrappedTemplateValue } ?? value
        case .none: nil
        }
    }
}

extension TemplateModel {
    /// The model's variables by name, as a template sees them at this level: inline models joined
    /// in (a later property wins over an earlier one), nil optionals and empty texts left out.
    /// Values are wrapped when a template looks them up (`TemplateContext.wrap`).
    var templateValues: [String: Any] {
        var values: [String: Any] = [:]
        Self.collect(self, into: &values)
        return values
    }

    private static func collect(_ model: any TemplateModel, into values: inout [String: Any]) {
        for child in Mirror(reflecting: model).children {
            if let inline = child.value as? InlineTemplateModel {
                collect(inline.model, into: &values)
                continue
            }
            guard var label = child.label else { continue }
            var value: Any? = child.value
            if let falseWhenNil = child.value as? FalseWhenNilValue {
                label.removeFirst()  // `_savings`: the wrapper's storage
                value = falseWhenNil.templateValue
            }
            if let optional = child.value as? OptionalTemplateValue { value = optional.wrappedTemplateValue }
            if let text = value as? String, text.isEmpty { value = nil }
            values[label] = value
        }
    }
}
