using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>A lambda as a dictionary key: equal when structurally equivalent with parameters mapped to the same slots.</summary>
internal sealed class ExpressionKey : IEquatable<ExpressionKey>
{
    private readonly Expression _body;
    private readonly Dictionary<ParameterExpression, int> _slots;
    private readonly int _hash;

    public ExpressionKey(LambdaExpression lambda, Func<ParameterExpression, int> slot)
    {
        _body = lambda.Body;
        _slots = lambda.Parameters.ToDictionary(p => p, slot);
        _hash = ExpressionEquivalence.Hash(_body, _slots);
    }

    public bool Equals(ExpressionKey? other) =>
        other is not null && _hash == other._hash && ExpressionEquivalence.AreEqual(_body, _slots, other._body, other._slots);

    public override bool Equals(object? obj) => Equals(obj as ExpressionKey);

    public override int GetHashCode() => _hash;
}
