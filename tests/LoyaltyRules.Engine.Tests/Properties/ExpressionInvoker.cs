using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Compiles rule-model lambdas with <see cref="LambdaExpression.Compile()"/> (not the engine's compiler)
/// and invokes them with arguments looked up by parameter name. Not thread-safe: one per test.
/// </summary>
internal sealed class ExpressionInvoker
{
    private readonly Dictionary<LambdaExpression, Func<object?[], object?>> _compiled = new(ReferenceEqualityComparer.Instance);

    /// <summary>Invokes <paramref name="lambda"/>, each parameter taking the value bound to its name.</summary>
    public object? Invoke(LambdaExpression lambda, Bindings bound)
    {
        var arguments = new object?[lambda.Parameters.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = bound.Lookup(lambda.Parameters[i].Name ?? "");
        }

        return Compiled(lambda)(arguments);
    }

    /// <summary>Invokes <paramref name="lambda"/> with positional <paramref name="arguments"/>.</summary>
    public object? InvokeWith(LambdaExpression lambda, params object?[] arguments) => Compiled(lambda)(arguments);

    /// <summary>Evaluates a predicate.</summary>
    public bool Test(LambdaExpression predicate, Bindings bound) => (bool)Invoke(predicate, bound)!;

    private Func<object?[], object?> Compiled(LambdaExpression lambda)
    {
        if (!_compiled.TryGetValue(lambda, out var compiled))
        {
            var arguments = Expression.Parameter(typeof(object[]), "arguments");
            var converted = lambda.Parameters.Select(
                (parameter, i) => (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameter.Type));
            var body = Expression.Convert(Expression.Invoke(lambda, converted), typeof(object));
            compiled = Expression.Lambda<Func<object?[], object?>>(body, arguments).Compile();
            _compiled.Add(lambda, compiled);
        }

        return compiled;
    }
}
