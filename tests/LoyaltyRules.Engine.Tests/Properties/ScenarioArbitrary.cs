using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Generates and shrinks scenarios: up to <see cref="MaxLength"/> operations on the fact universe.</summary>
internal static class ScenarioArbitrary
{
    public const int MaxLength = 30;

    /// <summary>Scenarios of inserts, updates and retracts, and with <paramref name="withFiring"/> also Fire calls.</summary>
    public static Arbitrary<Scenario> Create(bool withFiring) => Arb.From(Generator(withFiring), Shrink);

    private static Gen<Scenario> Generator(bool withFiring)
    {
        var choices = new List<(int, Gen<Operation>)>
        {
            (4, FactOperation(OperationKind.Insert)),
            (3, FactOperation(OperationKind.Update)),
            (2, FactOperation(OperationKind.Retract)),
            (1, BatchOperation(OperationKind.InsertAll)),
            (1, BatchOperation(OperationKind.RetractAll)),
        };
        if (withFiring)
        {
            choices.Add((2, Gen.Constant(new Operation(OperationKind.Fire, 0, 0, 0))));
            choices.Add((1, Gen.Choose(1, 3).Select(count => new Operation(OperationKind.FireSome, 0, count, 0))));
        }

        var operation = Gen.Frequency(choices);
        return from length in Gen.Choose(1, MaxLength)
               from operations in Gen.ArrayOf(operation, length)
               select new Scenario(operations);
    }

    private static Gen<Operation> FactOperation(OperationKind kind) =>
        from fact in Gen.Choose(0, FactUniverse.Count - 1)
        from first in Gen.Choose(0, FactUniverse.MaxFirst)
        from second in Gen.Choose(0, FactUniverse.MaxSecond(fact))
        select new Operation(kind, fact, first, second);

    /// <summary>2 to 4 distinct facts in random order; an insert batch sometimes lists its first fact again at the end.</summary>
    private static Gen<Operation> BatchOperation(OperationKind kind) =>
        from order in Gen.Shuffle(Enumerable.Range(0, FactUniverse.Count))
        from size in Gen.Choose(2, 4)
        from repeat in kind == OperationKind.InsertAll ? Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))) : Gen.Constant(false)
        from first in Gen.Choose(0, FactUniverse.MaxFirst)
        from second in Gen.Choose(0, 5)
        select new Operation(kind, 0, first, second, [.. order.Take(size), .. order.Take(repeat ? 1 : 0)]);

    /// <summary>Shorter scenarios first (halves, then one step fewer), then smaller batches and field values.</summary>
    private static IEnumerable<Scenario> Shrink(Scenario scenario)
    {
        var operations = scenario.Operations;
        if (operations.Count > 1)
        {
            yield return new Scenario([.. operations.Take(operations.Count / 2)]);
            yield return new Scenario([.. operations.Skip(operations.Count / 2)]);
        }

        for (var i = operations.Count - 1; i >= 0; i--)
        {
            var skipped = i;
            yield return new Scenario([.. operations.Where((_, j) => j != skipped)]);
        }

        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i];
            if (operation.IsFiring)
            {
                continue;
            }

            for (var j = 0; j < operation.Batch.Count && operation.Batch.Count > 1; j++)
            {
                var dropped = j;
                yield return Replace(operations, i, operation with { Batch = [.. operation.Batch.Where((_, k) => k != dropped)] });
            }

            if (operation.First > 0)
            {
                yield return Replace(operations, i, operation with { First = 0 });
            }

            if (operation.Second > 0)
            {
                yield return Replace(operations, i, operation with { Second = 0 });
            }
        }
    }

    private static Scenario Replace(IReadOnlyList<Operation> operations, int index, Operation replacement) =>
        new([.. operations.Select((operation, j) => j == index ? replacement : operation)]);
}
