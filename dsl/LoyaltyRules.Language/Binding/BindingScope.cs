using LoyaltyRules.Core.Schema;

namespace LoyaltyRules.Language.Binding;

/// <summary>What names mean where an expression is checked.</summary>
internal sealed class BindingScope
{
    private BindingScope(string subject, EventKindDefinition? kind, bool sweep, bool constantsOnly, bool anyEvent)
    {
        Subject = subject;
        Kind = kind;
        IsSweep = sweep;
        ConstantsOnly = constantsOnly;
        AnyEvent = anyEvent;
    }

    /// <summary>What is being checked, for messages ("rule \"Birthday gift\"", "tier Gold").</summary>
    public string Subject { get; }

    /// <summary>The event kind whose attributes bare names mean (the sweep for time-based rules), or null (tiers, constants).</summary>
    public EventKindDefinition? Kind { get; }

    /// <summary>A time-based rule: it runs on sweeps and has no event beyond the sweep's date.</summary>
    public bool IsSweep { get; }

    /// <summary>A constant's value: only fixed values.</summary>
    public bool ConstantsOnly { get; }

    /// <summary>An unused named condition, checked alone: any kind's attributes are accepted.</summary>
    public bool AnyEvent { get; }

    /// <summary>A rule's scope.</summary>
    public static BindingScope Rule(string name, EventKindDefinition kind, bool sweep) => new($"rule \"{name}\"", kind, sweep, false, false);

    /// <summary>A tier's conditions: about the customer alone.</summary>
    public static BindingScope Tier(string name) => new($"tier {name}", null, false, false, false);

    /// <summary>A constant's value.</summary>
    public static BindingScope Constant(string name) => new($"const {name}", null, false, true, false);

    /// <summary>A named condition that no rule uses, checked on its own.</summary>
    public static BindingScope UnusedCondition(string name) => new($"condition {name}", null, false, false, true);
}
