namespace LoyaltyRules.RuleModel;

/// <summary>The kind of a <see cref="RuleElement"/>.</summary>
public enum ElementType
{
    /// <summary>A fact pattern: <see cref="PatternElement"/>.</summary>
    Pattern,

    /// <summary>An and/or group: <see cref="GroupElement"/>.</summary>
    Group,

    /// <summary>No fact matches a pattern: <see cref="NotElement"/>.</summary>
    Not,

    /// <summary>At least one fact matches a pattern: <see cref="ExistsElement"/>.</summary>
    Exists,

    /// <summary>An aggregate over the facts matching a pattern: <see cref="AggregateElement"/>.</summary>
    Aggregate,

    /// <summary>A computed value: <see cref="BindingElement"/>.</summary>
    Binding,

    /// <summary>A predicate over the whole match: <see cref="FilterElement"/>.</summary>
    Filter,

    /// <summary>A condition of a pattern: <see cref="ConditionElement"/>.</summary>
    Condition,

    /// <summary>One action of the right-hand side: <see cref="ActionElement"/>.</summary>
    Action,

    /// <summary>The right-hand side: <see cref="ActionGroupElement"/>.</summary>
    ActionGroup,
}
