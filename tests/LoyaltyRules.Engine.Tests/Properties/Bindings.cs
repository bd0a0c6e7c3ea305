using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>The values bound so far along one partial match; immutable, extended by copying.</summary>
internal sealed class Bindings
{
    private readonly ReferenceValue[] _values;

    private Bindings(ReferenceValue[] values) => _values = values;

    public static Bindings Empty { get; } = new([]);

    public IReadOnlyList<ReferenceValue> Values => _values;

    public Bindings With(Declaration declaration, object? value, bool isFact) =>
        new([.. _values, new ReferenceValue(declaration, value, isFact)]);

    /// <summary>The value bound to <paramref name="name"/>; the latest binding wins.</summary>
    public object? Lookup(string name)
    {
        for (var i = _values.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_values[i].Declaration.Name, name, StringComparison.Ordinal))
            {
                return _values[i].Value;
            }
        }

        throw new InvalidOperationException(
            $"The reference evaluator has no value for '{name}' (bound: {string.Join(", ", _values.Select(v => v.Declaration.Name))}).");
    }
}
