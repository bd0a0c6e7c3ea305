namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// One step of a scenario. <paramref name="Fact"/> indexes the <see cref="FactUniverse"/>;
/// <paramref name="Batch"/> lists the indexes of a batch step, in order. <paramref name="First"/> and
/// <paramref name="Second"/> are the new field values (each fact of a batch gets them, the second capped
/// to its range; for <see cref="OperationKind.FireSome"/>, First is the most rules to fire). When
/// First + Second is odd the step uses the Try variant of the session call, so both are exercised.
/// </summary>
internal sealed record Operation(OperationKind Kind, int Fact, int First, int Second, IReadOnlyList<int> Batch)
{
    public Operation(OperationKind kind, int fact, int first, int second)
        : this(kind, fact, first, second, [])
    {
    }

    public bool UsesTryVariant => (First + Second) % 2 == 1;

    public bool IsFiring => Kind is OperationKind.Fire or OperationKind.FireSome;

    /// <summary>The second field value fact <paramref name="index"/> gets from this step.</summary>
    public int SecondFor(int index) => Math.Min(Second, FactUniverse.MaxSecond(index));

    public override string ToString()
    {
        var variant = UsesTryVariant ? " [Try]" : "";
        return Kind switch
        {
            OperationKind.Insert => $"Insert {FactUniverse.Describe(Fact, First, Second)}{variant}",
            OperationKind.Update => $"Update {FactUniverse.Describe(Fact, First, Second)}{variant}",
            OperationKind.Retract => $"Retract {FactUniverse.LabelOf(Fact)}{variant}",
            OperationKind.InsertAll => $"InsertAll [{string.Join(", ", Batch.Select(i => FactUniverse.Describe(i, First, SecondFor(i))))}]{variant}",
            OperationKind.RetractAll => $"RetractAll [{string.Join(", ", Batch.Select(FactUniverse.LabelOf))}]{variant}",
            OperationKind.Fire => "Fire()",
            OperationKind.FireSome => $"Fire({First})",
            _ => Kind.ToString(),
        };
    }
}
