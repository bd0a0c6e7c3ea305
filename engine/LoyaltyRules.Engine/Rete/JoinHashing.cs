using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// Equality conditions of a join turned into keys: a key computed from the left token and one from
/// the right fact, equal exactly when every equality condition holds. Keys are value tuples, so a
/// null member is an ordinary key and <c>null == null</c> holds, as in C#.
/// </summary>
internal abstract class JoinHashing(IReadOnlyList<LambdaExpression> conditions)
{
    /// <summary>The equality conditions the keys stand for.</summary>
    public IReadOnlyList<LambdaExpression> Conditions { get; } = conditions;

    public abstract HashedJoinMemory CreateMemory(NodeRules rules);

    public abstract bool KeysEqual(Token left, object right, NodeRules rules);
}
