using System.Linq.Expressions;
using System.Reflection;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>Builds the typed key functions of a hashed join: value tuples of the equality operands (at most 7).</summary>
internal static class JoinHashingFactory
{
    public const int MaxKeyParts = 7;

    private static readonly MethodInfo CreateMethod = typeof(JoinHashingFactory).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The hashing of <paramref name="equalities"/>: each (condition, left operand, right operand).</summary>
    public static JoinHashing Build(IReadOnlyList<(LambdaExpression Condition, Expression Left, Expression Right)> equalities, DeclarationDepths depths, int leftDepth)
    {
        var types = equalities.Select(e => e.Left.Type).ToArray();
        var keyType = types.Length switch
        {
            1 => typeof(ValueTuple<>).MakeGenericType(types),
            2 => typeof(ValueTuple<,>).MakeGenericType(types),
            3 => typeof(ValueTuple<,,>).MakeGenericType(types),
            4 => typeof(ValueTuple<,,,>).MakeGenericType(types),
            5 => typeof(ValueTuple<,,,,>).MakeGenericType(types),
            6 => typeof(ValueTuple<,,,,,>).MakeGenericType(types),
            7 => typeof(ValueTuple<,,,,,,>).MakeGenericType(types),
            _ => throw new ArgumentOutOfRangeException(nameof(equalities), "A hashed join takes 1 to 7 equalities."),
        };

        var token = Expression.Parameter(typeof(Token), "left");
        var fact = Expression.Parameter(typeof(object), "right");
        var constructor = keyType.GetConstructor(types)!;
        var leftParts = equalities.Select(e => Rewrite(e.Condition, e.Left, p => ExpressionRewriter.TupleValue(token, leftDepth - depths[p.Name!], p.Type)));
        var rightParts = equalities.Select(e => Rewrite(e.Condition, e.Right, p => Expression.Convert(fact, p.Type)));
        var leftKey = Expression.New(constructor, leftParts);
        var rightKey = Expression.New(constructor, rightParts);
        return (JoinHashing)CreateMethod.MakeGenericMethod(keyType).Invoke(null, [equalities.Select(e => e.Condition).ToArray(), leftKey, token, rightKey, fact])!;
    }

    private static Expression Rewrite(LambdaExpression condition, Expression operand, Func<ParameterExpression, Expression> map) =>
        ExpressionRewriter.Replace(operand, condition.Parameters, map);

    private static TypedJoinHashing<TKey> Create<TKey>(LambdaExpression[] conditions, Expression leftKey, ParameterExpression token, Expression rightKey, ParameterExpression fact)
        where TKey : struct =>
        new(
            conditions,
            () => DelegateCompiler.Compile(Expression.Lambda<Func<Token, TKey>>(leftKey, token)),
            () => DelegateCompiler.Compile(Expression.Lambda<Func<object, TKey>>(rightKey, fact)));
}
