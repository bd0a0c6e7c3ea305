using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>The values of one alternative's complete match: which declaration sits at which token depth.</summary>
internal sealed class BranchLayout(IReadOnlyList<(Declaration Declaration, int Depth)> values, int tupleDepth, DeclarationDepths depths, IReadOnlyList<TracedCondition> conditions)
{
    public IReadOnlyList<(Declaration Declaration, int Depth)> Declarations { get; } = values;

    /// <summary>The depth of the matched tuple (the terminal's left token).</summary>
    public int TupleDepth { get; } = tupleDepth;

    public DeclarationDepths Depths { get; } = depths;

    /// <summary>Every condition of the alternative, in order, for traces.</summary>
    public IReadOnlyList<TracedCondition> Conditions { get; } = conditions;

    public object? ValueOf(Token tuple, int depth) => tuple.Ancestor(TupleDepth - depth).Value;

    public IReadOnlyList<MatchedValue> Values(Token tuple) =>
        [.. Declarations.Select(d => new MatchedValue(d.Declaration, ValueOf(tuple, d.Depth)))];

    public IReadOnlyDictionary<string, object?> ToDictionary(Token tuple) =>
        Declarations.ToDictionary(d => d.Declaration.Name, d => ValueOf(tuple, d.Depth), StringComparer.Ordinal);
}
