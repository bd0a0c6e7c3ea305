using LoyaltyRules.Core.Facts;

namespace LoyaltyRules.Core.Explanations;

/// <summary>
/// Where a program's rules and tiers are written, and their conditions in the program's own terms,
/// for explanations. The language compiler provides it; it is read only when something is explained.
/// </summary>
public interface IProgramSources
{
    /// <summary>A program without sources (built in code): explanations fall back to the engine's view.</summary>
    static IProgramSources None { get; } = new NoSources();

    /// <summary>The rule named <paramref name="name"/>, or null when the program has none by that name.</summary>
    RuleSource? Rule(string name);

    /// <summary>The tier named <paramref name="name"/>, or null when the program has none by that name.</summary>
    TierSource? Tier(string name);

    private sealed class NoSources : IProgramSources
    {
        public RuleSource? Rule(string name) => null;

        public TierSource? Tier(string name) => null;
    }
}

/// <summary>A rule as written.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Description">Its description, if it has one.</param>
/// <param name="File">The rule file it is written in.</param>
/// <param name="Line">The line it starts on (from 1).</param>
/// <param name="EventKind">The kind of input it runs on (<c>purchase</c>, <c>sweep</c> …).</param>
/// <param name="Conditions">Every condition it checks, in the order written (the implicit ones — input kind, currency, dates, 'once' — where the rule says them).</param>
public sealed record RuleSource(string Name, string? Description, string File, int Line, string EventKind, IReadOnlyList<ConditionSource> Conditions);

/// <summary>A tier as written.</summary>
/// <param name="Name">Its name.</param>
/// <param name="File">The rule file it is written in.</param>
/// <param name="Line">The line it is declared on.</param>
/// <param name="Upgrade">When a customer reaches it (null for the default tier).</param>
/// <param name="Keep">When a customer keeps it at a review (null when the upgrade condition serves).</param>
public sealed record TierSource(string Name, string File, int Line, ConditionSource? Upgrade, ConditionSource? Keep);

/// <summary>What a condition is for.</summary>
public enum ConditionRole
{
    /// <summary>A condition the author wrote.</summary>
    Written,

    /// <summary>The kind of input the rule runs on.</summary>
    EventKind,

    /// <summary>Money amounts must be in the program's currency.</summary>
    Currency,

    /// <summary>The rule's first or last day.</summary>
    EffectiveDates,

    /// <summary>The rule's 'once' limit.</summary>
    Once,
}

/// <summary>One condition: its text as written, whether it holds now, and the values it reads.</summary>
/// <param name="Text">The condition as written (for example <c>amount &gt;= card_threshold</c>).</param>
/// <param name="Role">Written by the author, or implied by the rule's kind, currency, dates or 'once'.</param>
/// <param name="Holds">Evaluates the condition for a customer and the input being evaluated (no input for a tier's condition).</param>
/// <param name="Operands">The values it reads, by the names it reads them with.</param>
public sealed record ConditionSource(string Text, ConditionRole Role, Func<CustomerFact, EventFact?, bool> Holds, IReadOnlyList<OperandSource> Operands);

/// <summary>A value a condition reads, for example <c>amount</c> or <c>sum of deposit amount within 3 months</c>.</summary>
/// <param name="Text">How the rule file writes it.</param>
/// <param name="Describe">Its value for a customer and an event, written in the program's terms (<c>1,200 EUR</c>, <c>Gold</c>, <c>2026-07-04</c>).</param>
public sealed record OperandSource(string Text, Func<CustomerFact, EventFact?, string> Describe);
