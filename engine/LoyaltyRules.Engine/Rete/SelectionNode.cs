using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>A single-fact condition. Shared by every rule whose pattern has an equivalent condition at this point.</summary>
internal sealed class SelectionNode(LambdaExpression condition, NodeRules rules) : AlphaNode
{
    private Func<object, bool>? _test;

    /// <summary>The condition as written (its one parameter is the pattern's fact).</summary>
    public LambdaExpression Condition { get; } = condition;

    public NodeRules Rules { get; } = rules;

    /// <summary>Set when the condition is <c>fact.Member == constant</c> (for hash dispatch).</summary>
    public EqualityTest? Equality { get; set; }

    public override void Reach(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached)
    {
        if (Test(fact.Object))
        {
            ReachBelow(session, fact, reached);
        }
    }

    public bool Test(object fact)
    {
        try
        {
            return (_test ?? Compile())(fact);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Rules.EvaluationFailed(Condition, [fact], ex);
        }
    }

    /// <summary>Compiles on first use; a race compiles twice and keeps one, harmlessly.</summary>
    private Func<object, bool> Compile()
    {
        var compiled = ExpressionRewriter.CompileAlphaTest(Condition);
        Volatile.Write(ref _test, compiled);
        return compiled;
    }

    public override string ToString() => $"Select({Condition})";
}
