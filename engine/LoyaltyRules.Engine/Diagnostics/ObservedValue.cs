namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>A value a condition looked at while it was evaluated, for example <c>p.Amount = 1200</c>.</summary>
/// <param name="Expression">The sub-expression, as text.</param>
/// <param name="Value">What it evaluated to.</param>
public sealed record ObservedValue(string Expression, object? Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Expression} = {TraceText.Of(Value)}";
}
