namespace LoyaltyRules.RuleModel;

/// <summary>Checks the elements of one or-branch in order, growing its scope as declarations appear.</summary>
internal sealed class BranchChecker(string location, Action<string> error)
{
    private readonly Scope _scope = new(location);

    public Scope Check(IReadOnlyList<RuleElement> branch)
    {
        var filters = new List<FilterElement>();
        foreach (var element in branch)
        {
            switch (element)
            {
                case PatternElement pattern:
                    CheckPattern(pattern);
                    break;
                case NotElement not:
                    CheckNegatedOrExistential(not.Source, "not");
                    break;
                case ExistsElement exists:
                    CheckNegatedOrExistential(exists.Source, "exists");
                    break;
                case BindingElement binding:
                    CheckBinding(binding);
                    break;
                case FilterElement filter:
                    filters.Add(filter);
                    break;
                default:
                    Error($"a {element.ElementType} element cannot stand in a left-hand side of its own");
                    break;
            }
        }

        foreach (var filter in filters)
        {
            ExpressionChecks.CheckPredicate(filter.Expression, _scope, () => $"{location}filter '{filter}'", error);
        }

        return _scope;
    }

    private void CheckPattern(PatternElement pattern)
    {
        var what = $"pattern '{pattern.Declaration.Name}'";
        if (pattern.Source is { } aggregate)
        {
            new AggregateChecker(location, error).Check(aggregate, _scope, what);
            if (aggregate.ResultType != typeof(void) && !pattern.Declaration.Type.IsAssignableFrom(aggregate.ResultType))
            {
                Error($"{what} is declared as {pattern.Declaration.Type.Name}, but its {aggregate.Kind} aggregate produces {aggregate.ResultType.Name}");
            }
        }

        Declare(pattern.Declaration, what);
        CheckConditions(pattern, _scope, what);
    }

    private void CheckNegatedOrExistential(PatternElement source, string keyword)
    {
        var what = $"{keyword} pattern '{source.Declaration.Name}'";
        if (source.Source is not null)
        {
            Error($"{what} has an aggregate source; {keyword} takes a plain fact pattern");
        }

        if (_scope.Contains(source.Declaration.Name))
        {
            Error($"{what} reuses the name '{source.Declaration.Name}', which is already declared");
        }

        CheckConditions(source, _scope.With(source.Declaration), what);
    }

    private void CheckBinding(BindingElement binding)
    {
        var what = $"binding '{binding.Declaration.Name}'";
        ExpressionChecks.CheckParameters(binding.Expression, _scope, () => $"{location}{what}", error);
        if (!binding.Declaration.Type.IsAssignableFrom(binding.Expression.ReturnType))
        {
            Error($"{what} is declared as {binding.Declaration.Type.Name}, but its expression returns {binding.Expression.ReturnType.Name}");
        }

        Declare(binding.Declaration, what);
    }

    private void CheckConditions(PatternElement pattern, Scope scope, string what)
    {
        foreach (var condition in pattern.Conditions)
        {
            ExpressionChecks.CheckPredicate(condition.Expression, scope, () => $"{location}{what}: condition '{condition}'", error);
        }
    }

    private void Declare(Declaration declaration, string what)
    {
        if (_scope.Contains(declaration.Name))
        {
            Error($"{what} reuses the name '{declaration.Name}', which is already declared");
        }

        _scope.Add(declaration);
    }

    private void Error(string message) => error(location + message);
}
