using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>
/// The one way to build rule definitions. Arguments that can never make sense (null, an empty name)
/// throw at once; everything that depends on the rest of the rule (scopes, types of parameters) is
/// checked by <see cref="RuleModelValidator"/>, which reports every problem of a rule set together.
/// </summary>
public static class RuleModelFactory
{
    /// <summary>A declaration: the name expressions use for a value of <paramref name="type"/>.</summary>
    public static Declaration Declaration(string name, Type type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(type);
        return new Declaration(name, type);
    }

    /// <summary>A condition; <paramref name="label"/> is how a person would read it.</summary>
    public static ConditionElement Condition(LambdaExpression expression, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new ConditionElement(expression, label);
    }

    /// <summary>A pattern binding matches to <paramref name="declaration"/>; with a source it matches aggregate results.</summary>
    public static PatternElement Pattern(Declaration declaration, IEnumerable<ConditionElement> conditions, AggregateElement? source = null)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(conditions);
        return new PatternElement(declaration, [.. conditions], source);
    }

    /// <summary>A pattern over facts of <paramref name="type"/> bound to <paramref name="name"/>.</summary>
    public static PatternElement Pattern(Type type, string name, params LambdaExpression[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return Pattern(Declaration(name, type), conditions.Select(c => Condition(c)));
    }

    /// <summary>A pattern over facts of <typeparamref name="T"/> bound to <paramref name="name"/>, with single-fact conditions.</summary>
    public static PatternElement Pattern<T>(string name, params Expression<Func<T, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        return Pattern(typeof(T), name, [.. conditions]);
    }

    /// <summary>An and-group: every child must match.</summary>
    public static GroupElement And(params IEnumerable<RuleElement> children) => Group(GroupType.And, children);

    /// <summary>An or-group: each child is an alternative.</summary>
    public static GroupElement Or(params IEnumerable<RuleElement> children) => Group(GroupType.Or, children);

    /// <summary>Matches when nothing matches <paramref name="source"/>.</summary>
    public static NotElement Not(PatternElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new NotElement(source);
    }

    /// <summary>Matches once when something matches <paramref name="source"/>.</summary>
    public static ExistsElement Exists(PatternElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new ExistsElement(source);
    }

    /// <summary>An aggregate over the facts matching <paramref name="source"/>; see <see cref="AggregateKind"/>.</summary>
    public static AggregateElement Aggregate(AggregateKind kind, PatternElement source, LambdaExpression? selector = null, LambdaExpression? elementSelector = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (selector is null && kind is AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max or AggregateKind.Average or AggregateKind.GroupBy)
        {
            throw new ArgumentException($"A {kind} aggregate needs a selector.", nameof(selector));
        }

        if (elementSelector is not null && kind != AggregateKind.GroupBy)
        {
            throw new ArgumentException("Only a group-by aggregate takes an element selector.", nameof(elementSelector));
        }

        return new AggregateElement(kind, AggregateResultTypes.For(kind, source, selector, elementSelector), source, selector, elementSelector);
    }

    /// <summary>Collects the matching facts (or <paramref name="selector"/> of each) in insertion order.</summary>
    public static AggregateElement Collect(PatternElement source, LambdaExpression? selector = null) => Aggregate(AggregateKind.Collect, source, selector);

    /// <summary>Counts the matching facts.</summary>
    public static AggregateElement Count(PatternElement source) => Aggregate(AggregateKind.Count, source);

    /// <summary>Sums <paramref name="selector"/> over the matching facts.</summary>
    public static AggregateElement Sum(PatternElement source, LambdaExpression selector) => Aggregate(AggregateKind.Sum, source, selector);

    /// <summary>The least <paramref name="selector"/> over the matching facts.</summary>
    public static AggregateElement Min(PatternElement source, LambdaExpression selector) => Aggregate(AggregateKind.Min, source, selector);

    /// <summary>The greatest <paramref name="selector"/> over the matching facts.</summary>
    public static AggregateElement Max(PatternElement source, LambdaExpression selector) => Aggregate(AggregateKind.Max, source, selector);

    /// <summary>The mean of <paramref name="selector"/> over the matching facts.</summary>
    public static AggregateElement Average(PatternElement source, LambdaExpression selector) => Aggregate(AggregateKind.Average, source, selector);

    /// <summary>Groups the matching facts (or <paramref name="elementSelector"/> of each) by <paramref name="keySelector"/>.</summary>
    public static AggregateElement GroupBy(PatternElement source, LambdaExpression keySelector, LambdaExpression? elementSelector = null) =>
        Aggregate(AggregateKind.GroupBy, source, keySelector, elementSelector);

    /// <summary>Binds the value of <paramref name="expression"/> to <paramref name="declaration"/>.</summary>
    public static BindingElement Binding(Declaration declaration, LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(expression);
        return new BindingElement(declaration, expression);
    }

    /// <summary>Binds the value of <paramref name="expression"/> to <paramref name="name"/>, typed as the expression's result.</summary>
    public static BindingElement Binding(string name, LambdaExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Binding(Declaration(name, expression.ReturnType), expression);
    }

    /// <summary>A predicate over the whole match.</summary>
    public static FilterElement Filter(LambdaExpression expression, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new FilterElement(expression, label);
    }

    /// <summary>An action; its first parameter is the <see cref="IContext"/>.</summary>
    public static ActionElement Action(LambdaExpression expression, string? label = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new ActionElement(expression, label);
    }

    /// <summary>The right-hand side: <paramref name="actions"/> in order.</summary>
    public static ActionGroupElement Actions(params IEnumerable<ActionElement> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var list = actions.ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("An action is null.", nameof(actions));
        }

        return new ActionGroupElement(list);
    }

    /// <summary>A rule definition.</summary>
    /// <param name="name">Unique within the rule set.</param>
    /// <param name="leftHandSide">The conditions (an and-group).</param>
    /// <param name="rightHandSide">The actions.</param>
    /// <param name="options">Priority, repeatability, description, tags and properties; defaults when null.</param>
    public static RuleDefinition Rule(string name, GroupElement leftHandSide, ActionGroupElement rightHandSide, RuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(leftHandSide);
        ArgumentNullException.ThrowIfNull(rightHandSide);
        if (leftHandSide.GroupType != GroupType.And)
        {
            throw new ArgumentException("The left-hand side of a rule is an and-group; put an or-group inside it.", nameof(leftHandSide));
        }

        options ??= RuleOptions.Default;
        return new RuleDefinition(
            name,
            options.Description,
            [.. options.Tags],
            options.Priority,
            options.Repeatability,
            leftHandSide,
            rightHandSide,
            new Dictionary<string, string>(options.Properties, StringComparer.Ordinal));
    }

    private static GroupElement Group(GroupType groupType, IEnumerable<RuleElement> children)
    {
        ArgumentNullException.ThrowIfNull(children);
        var list = children.ToArray();
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("A child element is null.", nameof(children));
        }

        return new GroupElement(groupType, list);
    }
}
