/// A model property that is `false` when it has no value, rather than absent: a section over it
/// then never picks up a variable of the same name from the context around it (the `savings` of
/// a change list inside a proposal page, which has a `savings` of its own).
@propertyWrapper
struct FalseWhenNil<Model: TemplateModel>: FalseWhenNilValue, Encodable {
    var wrappedValue: Model?

    init(wrappedValue: Model?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: any Encoder) throws {
        (encoder as? TemplateValues.Property)?.falseWhenAbsent = true
        try wrappedValue?.encode(to: encoder)
    }

    static var modelType: any TemplateModel.Type { Model.self }
}

/// A `@FalseWhenNil` property, whatever its model.
protocol FalseWhenNilValue {
    static var modelType: any TemplateModel.Type { get }
}
