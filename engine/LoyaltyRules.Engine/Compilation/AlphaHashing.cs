using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// Replaces groups of sibling selection nodes <c>key(x) == constant</c> on the same key with one
/// hash dispatch node. Below <see cref="MinimumGroup"/> siblings plain tests are as fast.
/// </summary>
internal static class AlphaHashing
{
    public const int MinimumGroup = 4;

    private static readonly MethodInfo CreateMethod = typeof(AlphaHashing).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CreateNullableMethod = typeof(AlphaHashing).GetMethod(nameof(CreateNullable), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The children of a node, with hashable groups replaced; counts the dispatch nodes made.</summary>
    public static List<AlphaNode> Apply(List<AlphaNode> children, ref int dispatchNodes)
    {
        var groups = children
            .OfType<SelectionNode>()
            .Where(s => s.Equality is not null)
            .GroupBy(s => new ExpressionKey(s.Equality!.Key, _ => 0))
            .Where(g => g.Count() >= MinimumGroup)
            .ToList();
        if (groups.Count == 0)
        {
            return children;
        }

        var result = new List<AlphaNode>(children);
        foreach (var group in groups)
        {
            var members = group.ToList();
            var key = members[0].Equality!.Key;
            var targets = new List<SelectionNode>();
            var constants = new HashSet<object>();
            foreach (var member in members)
            {
                // Two spellings of one test (x.A == 1 and 1 == x.A) stay plain tests.
                if (constants.Add(member.Equality!.Constant))
                {
                    targets.Add(member);
                }
            }

            var keyType = key.Body.Type;
            var node = Nullable.GetUnderlyingType(keyType) is null
                ? (AlphaNode)CreateMethod.MakeGenericMethod(keyType).Invoke(null, [key, targets])!
                : (AlphaNode)CreateNullableMethod.MakeGenericMethod(keyType).Invoke(null, [key, targets])!;
            var first = result.IndexOf(targets[0]);
            var replaced = new HashSet<AlphaNode>(targets, ReferenceEqualityComparer.Instance);
            result.RemoveAll(replaced.Contains);
            result.Insert(Math.Min(first, result.Count), node);
            dispatchNodes++;
        }

        return result;
    }

    /// <summary>A plain key (strings use the framework's fast ordinal hashing); a null key matches nothing.</summary>
    private static AlphaHashNode<T> Create<T>(LambdaExpression key, List<SelectionNode> targets)
        where T : notnull
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = ExpressionRewriter.Replace(key, p => Expression.Convert(fact, p.Type));
        var compiled = DelegateCompiler.Compile(Expression.Lambda<Func<object, T>>(body, fact));
        return new AlphaHashNode<T>(compiled, targets.ToFrozenDictionary(t => (T)t.Equality!.Constant, t => t), RulesOf(targets));
    }

    /// <summary>A nullable key, wrapped so that null is an ordinary (unmatched) key.</summary>
    private static AlphaHashNode<ValueTuple<T>> CreateNullable<T>(LambdaExpression key, List<SelectionNode> targets)
    {
        var fact = Expression.Parameter(typeof(object), "fact");
        var body = ExpressionRewriter.Replace(key, p => Expression.Convert(fact, p.Type));
        var tuple = Expression.New(typeof(ValueTuple<T>).GetConstructor([typeof(T)])!, body);
        var compiled = DelegateCompiler.Compile(Expression.Lambda<Func<object, ValueTuple<T>>>(tuple, fact));
        return new AlphaHashNode<ValueTuple<T>>(compiled, targets.ToFrozenDictionary(t => new ValueTuple<T>((T)t.Equality!.Constant), t => t), RulesOf(targets));
    }

    private static NodeRules RulesOf(List<SelectionNode> targets)
    {
        var rules = new NodeRules();
        foreach (var name in targets.SelectMany(t => t.Rules.Names))
        {
            rules.Add(name);
        }

        return rules;
    }
}
