using System.Linq.Expressions;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// Rewrites rule expressions, whose parameters name declarations, into delegates over the engine's
/// own structures: a declaration becomes a walk up the token chain to its level and a cast of the
/// value found there; the pattern's own fact becomes a cast of the right-hand object.
/// </summary>
internal static class ExpressionRewriter
{
    private static readonly System.Reflection.FieldInfo ParentField = typeof(Token).GetField(nameof(Token.Parent))!;
    private static readonly System.Reflection.FieldInfo ValueField = typeof(Token).GetField(nameof(Token.Value))!;

    /// <summary><c>(T x) =&gt; test</c> as <c>Func&lt;object, bool&gt;</c>.</summary>
    public static Func<object, bool> CompileAlphaTest(LambdaExpression condition) => CompileFactFunc<bool>(condition);

    /// <summary>A lambda of (at most) one fact as <c>Func&lt;object, TResult&gt;</c>.</summary>
    public static Func<object, TResult> CompileFactFunc<TResult>(LambdaExpression lambda)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = Replace(lambda, p => Expression.Convert(fact, p.Type));
        return DelegateCompiler.Compile(Expression.Lambda<Func<object, TResult>>(Convert(body, typeof(TResult)), fact));
    }

    /// <summary>A condition over declarations and the right-hand value, as <c>Func&lt;Token, object, bool&gt;</c>.</summary>
    public static Func<Token, object, bool> CompileTupleTest(LambdaExpression condition, DeclarationDepths depths, int leftDepth, string rightName)
    {
        var left = Expression.Parameter(typeof(Token), "left");
        var right = Expression.Parameter(typeof(object), "right");
        var body = Replace(condition, p => p.Name == rightName ? Expression.Convert(right, p.Type) : TupleValue(left, leftDepth - depths[p.Name!], p.Type));
        return DelegateCompiler.Compile(Expression.Lambda<Func<Token, object, bool>>(body, left, right));
    }

    /// <summary>An expression over declarations, as <c>Func&lt;Token, TResult&gt;</c> on a token of depth <paramref name="tokenDepth"/>.</summary>
    public static Func<Token, TResult> CompileTupleFunc<TResult>(LambdaExpression lambda, DeclarationDepths depths, int tokenDepth) =>
        DelegateCompiler.Compile(TupleLambda<TResult>(lambda, depths, tokenDepth));

    /// <summary>The expression of <see cref="CompileTupleFunc{TResult}"/>, for callers that combine it.</summary>
    public static Expression<Func<Token, TResult>> TupleLambda<TResult>(LambdaExpression lambda, DeclarationDepths depths, int tokenDepth)
    {
        var token = Expression.Parameter(typeof(Token), "token");
        var body = Replace(lambda, p => TupleValue(token, tokenDepth - depths[p.Name!], p.Type));
        return Expression.Lambda<Func<Token, TResult>>(Convert(body, typeof(TResult)), token);
    }

    /// <summary>An action <c>(IContext ctx, ...declarations) =&gt; ...</c> as <c>Action&lt;IContext, Token&gt;</c>.</summary>
    public static Action<IContext, Token> CompileAction(LambdaExpression action, DeclarationDepths depths, int tupleDepth)
    {
        var context = Expression.Parameter(typeof(IContext), "context");
        var tuple = Expression.Parameter(typeof(Token), "tuple");
        var first = action.Parameters[0];
        var body = Replace(action, p => p == first ? context : TupleValue(tuple, tupleDepth - depths[p.Name!], p.Type));
        return DelegateCompiler.Compile(Expression.Lambda<Action<IContext, Token>>(body, context, tuple));
    }

    /// <summary>The value at <paramref name="levelsUp"/> levels above <paramref name="token"/>, cast to <paramref name="type"/>.</summary>
    public static Expression TupleValue(Expression token, int levelsUp, Type type)
    {
        var current = token;
        for (var i = 0; i < levelsUp; i++)
        {
            current = Expression.Field(current, ParentField);
        }

        return Expression.Convert(Expression.Field(current, ValueField), type);
    }

    /// <summary>The lambda's body with each of its parameters that the body reads replaced by <paramref name="map"/>.</summary>
    public static Expression Replace(LambdaExpression lambda, Func<ParameterExpression, Expression> map) =>
        Replace(lambda.Body, lambda.Parameters, map);

    /// <summary><paramref name="body"/> with each of <paramref name="parameters"/> replaced by <paramref name="map"/>'s expression for it.</summary>
    public static Expression Replace(Expression body, IEnumerable<ParameterExpression> parameters, Func<ParameterExpression, Expression> map) =>
        new ParameterReplacer([.. parameters], map).Visit(body);

    private static Expression Convert(Expression body, Type type) => body.Type == type ? body : Expression.Convert(body, type);

    private sealed class ParameterReplacer(HashSet<ParameterExpression> parameters, Func<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> _replacements = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!parameters.Contains(node))
            {
                return node;
            }

            if (!_replacements.TryGetValue(node, out var replacement))
            {
                replacement = map(node);
                _replacements[node] = replacement;
            }

            return replacement;
        }
    }
}
