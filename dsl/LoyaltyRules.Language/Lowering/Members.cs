using System.Collections.Concurrent;
using System.Reflection;

namespace LoyaltyRules.Language.Lowering;

/// <summary>Properties and methods of the fact types, looked up by name once (lowering a large program asks for the same few thousands of times).</summary>
internal static class Members
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo> Properties = new();
    private static readonly ConcurrentDictionary<(Type Type, string Name), MethodInfo> Methods = new();

    public static PropertyInfo Property(Type type, string name) =>
        Properties.GetOrAdd((type, name), static key => key.Type.GetProperty(key.Name) ?? throw new InvalidOperationException($"{key.Type.Name} has no property {key.Name}."));

    public static MethodInfo Method(Type type, string name) =>
        Methods.GetOrAdd((type, name), static key => key.Type.GetMethod(key.Name) ?? throw new InvalidOperationException($"{key.Type.Name} has no method {key.Name}."));
}
