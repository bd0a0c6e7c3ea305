using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>The type each aggregate kind produces; <see cref="void"/> where the inputs cannot produce one (the validator says why).</summary>
internal static class AggregateResultTypes
{
    public static Type For(AggregateKind kind, PatternElement source, LambdaExpression? selector, LambdaExpression? elementSelector)
    {
        var element = source.Declaration.Type;
        if (!IsValue(element) || (selector is not null && !IsValue(selector.ReturnType)) || (elementSelector is not null && !IsValue(elementSelector.ReturnType)))
        {
            return typeof(void);
        }

        return kind switch
        {
            AggregateKind.Collect => typeof(IReadOnlyList<>).MakeGenericType(selector?.ReturnType ?? element),
            AggregateKind.Count => typeof(int),
            AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max => selector!.ReturnType,
            AggregateKind.Average => selector!.ReturnType == typeof(decimal) ? typeof(decimal) : typeof(double),
            AggregateKind.GroupBy => typeof(IGrouping<,>).MakeGenericType(selector!.ReturnType, elementSelector?.ReturnType ?? element),
            _ => typeof(void),
        };
    }

    private static bool IsValue(Type type) =>
        type != typeof(void) && !type.IsByRef && !type.IsPointer && !type.IsByRefLike && !type.ContainsGenericParameters;
}
