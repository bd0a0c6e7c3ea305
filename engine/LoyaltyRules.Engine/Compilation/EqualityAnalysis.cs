using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// Finds equality conditions that a hash lookup can answer with exactly the semantics of C#'s
/// <c>==</c>: operands of the same type whose <c>==</c> agrees with <c>Equals</c>/<c>GetHashCode</c>
/// (integers, strings (ordinal), decimals, enums, dates, GUIDs, their nullable forms). Floating point
/// is left out (NaN == NaN is false, while NaN.Equals(NaN) is true), as is any custom operator.
/// </summary>
internal static class EqualityAnalysis
{
    private static readonly HashSet<Type> Hashable =
    [
        typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort),
        typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(decimal), typeof(DateTime), typeof(DateOnly),
        typeof(TimeOnly), typeof(DateTimeOffset), typeof(TimeSpan), typeof(Guid),
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Argument, Type Result), Type> FuncTypes = new();

    /// <summary>Func&lt;argument, result&gt;, made once per pair (an untyped Expression.Lambda would look the type up under a global lock each time).</summary>
    private static Type FuncType(Type argument, Type result) =>
        FuncTypes.GetOrAdd((argument, result), static pair => Expression.GetFuncType(pair.Argument, pair.Result));

    public static bool IsHashable(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsEnum || Hashable.Contains(underlying);
    }

    /// <summary>Recognises <c>x =&gt; key(x) == constant</c> (either way round) with a non-null constant.</summary>
    public static EqualityTest? TryAlpha(LambdaExpression condition)
    {
        if (condition.Parameters.Count != 1 || !IsPlainEquality(condition.Body, out var equal))
        {
            return null;
        }

        var parameters = condition.Parameters;
        var (keySide, constantSide) = ParameterUse.Of(equal.Left, parameters).Count > 0 ? (equal.Left, equal.Right) : (equal.Right, equal.Left);
        if (ParameterUse.Of(keySide, parameters).Count == 0 || ParameterUse.Of(constantSide, parameters).Count > 0 || !TryEvaluate(constantSide, out var constant) || constant is null)
        {
            return null;
        }

        return new EqualityTest(Expression.Lambda(FuncType(parameters[0].Type, keySide.Type), keySide, parameters), constant);
    }

    /// <summary>
    /// Recognises a join equality: one side reads only the right-hand fact, the other only earlier
    /// declarations. Returns (left side, right side).
    /// </summary>
    public static (Expression Left, Expression Right)? TryJoin(LambdaExpression condition, string rightName)
    {
        if (!IsPlainEquality(condition.Body, out var equal))
        {
            return null;
        }

        var parameters = condition.Parameters;
        var leftUse = ParameterUse.Of(equal.Left, parameters);
        var rightUse = ParameterUse.Of(equal.Right, parameters);
        if (leftUse.Count == 0 || rightUse.Count == 0)
        {
            return null;
        }

        if (rightUse.All(p => p.Name == rightName) && leftUse.All(p => p.Name != rightName))
        {
            return (equal.Left, equal.Right);
        }

        if (leftUse.All(p => p.Name == rightName) && rightUse.All(p => p.Name != rightName))
        {
            return (equal.Right, equal.Left);
        }

        return null;
    }

    private static bool IsPlainEquality(Expression body, out BinaryExpression equal)
    {
        equal = null!;
        if (body is not BinaryExpression { NodeType: ExpressionType.Equal } binary || binary.Left.Type != binary.Right.Type || !IsHashable(binary.Left.Type))
        {
            return false;
        }

        var operand = Nullable.GetUnderlyingType(binary.Left.Type) ?? binary.Left.Type;
        if (binary.Method is not null && binary.Method.DeclaringType != operand)
        {
            return false;
        }

        equal = binary;
        return true;
    }

    private static bool TryEvaluate(Expression expression, out object? value)
    {
        if (expression is ConstantExpression constant)
        {
            value = constant.Value;
            return true;
        }

        try
        {
            value = Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)();
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or System.Reflection.TargetInvocationException)
        {
            value = null;
            return false;
        }
    }
}
