using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>Computes a value from the left token and binds it as the next level of the match.</summary>
internal sealed class BindingNode(int id, BetaNode leftParent, int outputDepth, LambdaExpression expression, Func<Func<Token, object?>> compile)
    : BetaNode(id, leftParent, outputDepth)
{
    private readonly CompiledDelegate<Func<Token, object?>> _compute = new(compile);

    public LambdaExpression Expression { get; } = expression;

    public override void LeftAssert(SessionCore session, Token left)
    {
        var token = session.NewToken(this, left, TokenKind.Match, null, Compute(left), 0);
        session.PropagateAssert(this, token);
    }

    public override void LeftModify(SessionCore session, Token left)
    {
        var token = FindChild(session, left, TokenKind.Match)!;
        token.Value = Compute(left);
        session.PropagateModify(this, token);
    }

    private object? Compute(Token left)
    {
        try
        {
            return _compute.Value(left);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Rules.EvaluationFailed(Expression, TokenValues.Of(left), ex);
        }
    }

    public override string ToString() => $"Binding#{Id}({Expression})";
}
