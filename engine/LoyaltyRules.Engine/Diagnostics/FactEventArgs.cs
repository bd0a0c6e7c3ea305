namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>A fact that was inserted, updated or retracted.</summary>
public sealed class FactEventArgs(object fact, bool isLinked) : EventArgs
{
    /// <summary>The fact.</summary>
    public object Fact { get; } = fact;

    /// <summary>True when the fact is linked to a rule match (inserted by <c>InsertLinked</c>).</summary>
    public bool IsLinked { get; } = isLinked;
}
