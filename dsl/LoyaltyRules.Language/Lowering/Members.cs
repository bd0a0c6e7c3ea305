using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace LoyaltyRules.Language.Lowering;

/// <summary>Properties and methods of the fact types, looked up by name once (lowering a large program asks for the same few thousands of times).</summary>
internal static class Members
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo> Properties = new();
    private static readonly ConcurrentDictionary<(Type Type, string Name), MethodInfo> Methods = new();

    private static readonly ConcurrentDictionary<(Type? First, Type? Second, Type? Third, Type Result), Type> DelegateTypes = new();

    /// <summary>
    /// A lambda whose delegate type (Func or Action) is made once per signature: an untyped
    /// Expression.Lambda looks it up under a global lock every time.
    /// </summary>
    public static LambdaExpression Lambda(Expression body, params ParameterExpression[] parameters)
    {
        if (parameters.Length > 3)
        {
            return Expression.Lambda(body, parameters);
        }

        var key = (parameters.ElementAtOrDefault(0)?.Type, parameters.ElementAtOrDefault(1)?.Type, parameters.ElementAtOrDefault(2)?.Type, body.Type);
        if (!DelegateTypes.TryGetValue(key, out var type))
        {
            type = DelegateTypes.GetOrAdd(key, Expression.GetDelegateType([.. parameters.Select(p => p.Type), body.Type]));
        }

        return Expression.Lambda(type, body, parameters);
    }

    public static PropertyInfo Property(Type type, string name) =>
        Properties.GetOrAdd((type, name), static key => key.Type.GetProperty(key.Name) ?? throw new InvalidOperationException($"{key.Type.Name} has no property {key.Name}."));

    public static MethodInfo Method(Type type, string name) =>
        Methods.GetOrAdd((type, name), static key => key.Type.GetMethod(key.Name) ?? throw new InvalidOperationException($"{key.Type.Name} has no method {key.Name}."));
}
