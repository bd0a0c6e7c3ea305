namespace LoyaltyRules.RuleModel;

/// <summary>
/// A named, typed value a rule matches or computes: a fact bound by a pattern, an aggregate result
/// or a binding. Expressions refer to declarations by parameter name.
/// </summary>
public sealed class Declaration : IEquatable<Declaration>
{
    internal Declaration(string name, Type type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>The name expressions use for this value (their parameter name).</summary>
    public string Name { get; }

    /// <summary>The value's type.</summary>
    public Type Type { get; }

    /// <inheritdoc />
    public bool Equals(Declaration? other) =>
        other is not null && Name == other.Name && Type == other.Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Declaration);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Type.Name}";
}
