using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>Checks an aggregate: its source pattern, selectors and the type it computes.</summary>
internal sealed class AggregateChecker(string location, Action<string> error)
{
    private static readonly HashSet<Type> Numbers = [typeof(int), typeof(long), typeof(decimal), typeof(double), typeof(float)];

    public void Check(AggregateElement aggregate, Scope scope, string owner)
    {
        var source = aggregate.Source;
        var what = $"{owner}: {aggregate.Kind} over '{source.Declaration.Name}'";
        if (source.Source is not null)
        {
            Error($"{what} aggregates another aggregate; aggregate plain fact patterns");
        }

        if (scope.Contains(source.Declaration.Name))
        {
            Error($"{what} reuses the name '{source.Declaration.Name}', which is already declared");
        }

        var inner = scope.With(source.Declaration);
        foreach (var condition in source.Conditions)
        {
            ExpressionChecks.CheckPredicate(condition.Expression, inner, () => $"{location}{what}: condition '{condition}'", error);
        }

        CheckSelector(aggregate.Selector, source.Declaration, $"{what}: selector");
        CheckSelector(aggregate.ElementSelector, source.Declaration, $"{what}: element selector");
        if (aggregate.ResultType == typeof(void))
        {
            Error($"{what} computes no usable value (a selector returns void or a by-ref type)");
            return;
        }

        var selected = aggregate.Selector?.ReturnType;
        switch (aggregate.Kind)
        {
            case AggregateKind.Sum or AggregateKind.Average when selected is not null && !Numbers.Contains(selected):
                Error($"{what}: the selector returns {selected.Name}; {aggregate.Kind} needs int, long, decimal, double or float");
                break;
            case AggregateKind.Min or AggregateKind.Max when selected is not null && !typeof(IComparable).IsAssignableFrom(selected):
                Error($"{what}: the selector returns {selected.Name}, which cannot be compared");
                break;
        }
    }

    private void CheckSelector(LambdaExpression? selector, Declaration source, string what)
    {
        if (selector is null)
        {
            return;
        }

        if (selector.Parameters.Count != 1 || selector.Parameters[0].Name != source.Name)
        {
            Error($"{what} must take exactly the aggregated fact '{source.Name}'");
        }
        else if (!selector.Parameters[0].Type.IsAssignableFrom(source.Type))
        {
            Error($"{what} takes '{source.Name}' as {selector.Parameters[0].Type.Name}, but it is declared as {source.Type.Name}");
        }
    }

    private void Error(string message) => error(location + message);
}
