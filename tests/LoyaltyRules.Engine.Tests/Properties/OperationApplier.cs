namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Applies an insert, update, retract or batch to a session and then, fact by fact, to the
/// working-memory model, calling back after each fact so a model can follow (a batch counts as its
/// facts in order). A step that is invalid for the current state is still sent and must be refused:
/// the Try variant returns false (or counts only the valid facts, each once), the plain variant
/// throws <see cref="ArgumentException"/> and changes nothing — also when a batch lists a fact twice.
/// </summary>
internal static class OperationApplier
{
    /// <summary>
    /// Applies <paramref name="operation"/>. <paramref name="changed"/> runs after each fact the model
    /// changed, with the fact when it was updated and null when it was inserted or retracted.
    /// </summary>
    public static void Apply(Operation operation, ISession session, FactUniverse universe, WorkingMemoryModel memory, Action<object?> changed)
    {
        var index = operation.Fact;
        var fact = universe.Facts[index];
        var what = $"{operation.Kind} of {FactUniverse.LabelOf(index)}";
        switch (operation.Kind)
        {
            case OperationKind.Insert or OperationKind.Update or OperationKind.Retract when !IsValid(operation.Kind, memory.Contains(fact)):
                Refused(operation, () => TrySingle(operation.Kind, session, fact), () => TrySingle(operation.Kind, session, fact, plain: true), what);
                return;
            case OperationKind.Insert:
                universe.Assign(index, operation.First, operation.Second);
                Accepted(operation, () => session.TryInsert(fact), () => session.Insert(fact), what);
                memory.Insert(fact);
                changed(null);
                return;
            case OperationKind.Update:
                universe.Assign(index, operation.First, operation.Second);
                Accepted(operation, () => session.TryUpdate(fact), () => session.Update(fact), what);
                changed(fact);
                return;
            case OperationKind.Retract:
                Accepted(operation, () => session.TryRetract(fact), () => session.Retract(fact), what);
                memory.Retract(fact);
                changed(null);
                return;
            case OperationKind.InsertAll or OperationKind.RetractAll:
                ApplyBatch(operation, session, universe, memory, changed);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, "Fire steps do not change working memory.");
        }
    }

    private static void ApplyBatch(Operation operation, ISession session, FactUniverse universe, WorkingMemoryModel memory, Action<object?> changed)
    {
        var inserting = operation.Kind == OperationKind.InsertAll;
        var facts = operation.Batch.Select(i => universe.Facts[i]).ToList();
        var valid = operation.Batch.Distinct().Where(i => IsValid(inserting ? OperationKind.Insert : OperationKind.Retract, memory.Contains(universe.Facts[i]))).ToList();
        if (!operation.UsesTryVariant && valid.Count < facts.Count)
        {
            Assert.ThrowsAny<ArgumentException>(() =>
            {
                if (inserting)
                {
                    session.InsertAll(facts);
                }
                else
                {
                    session.RetractAll(facts);
                }
            });
            return;
        }

        if (inserting)
        {
            valid.ForEach(i => universe.Assign(i, operation.First, operation.SecondFor(i)));
        }

        if (operation.UsesTryVariant)
        {
            var count = inserting ? session.TryInsertAll(facts) : session.TryRetractAll(facts);
            Assert.True(count == valid.Count, $"{operation.Kind} (Try) reported {count} facts; {valid.Count} of them were valid.");
        }
        else if (inserting)
        {
            session.InsertAll(facts);
        }
        else
        {
            session.RetractAll(facts);
        }

        foreach (var fact in valid.Select(i => universe.Facts[i]))
        {
            if (inserting)
            {
                memory.Insert(fact);
            }
            else
            {
                memory.Retract(fact);
            }

            changed(null);
        }
    }

    private static bool IsValid(OperationKind kind, bool present) => kind == OperationKind.Insert ? !present : present;

    private static bool TrySingle(OperationKind kind, ISession session, object fact, bool plain = false)
    {
        switch (kind)
        {
            case OperationKind.Insert when plain:
                session.Insert(fact);
                return true;
            case OperationKind.Insert:
                return session.TryInsert(fact);
            case OperationKind.Update when plain:
                session.Update(fact);
                return true;
            case OperationKind.Update:
                return session.TryUpdate(fact);
            case OperationKind.Retract when plain:
                session.Retract(fact);
                return true;
            default:
                return session.TryRetract(fact);
        }
    }

    private static void Accepted(Operation operation, Func<bool> tryVariant, Action plainVariant, string what)
    {
        if (operation.UsesTryVariant)
        {
            Assert.True(tryVariant(), $"The Try variant of {what} returned false, but the step is valid.");
        }
        else
        {
            plainVariant();
        }
    }

    private static void Refused(Operation operation, Func<bool> tryVariant, Action plainVariant, string what)
    {
        if (operation.UsesTryVariant)
        {
            Assert.False(tryVariant(), $"The Try variant of {what} returned true, but the step is invalid.");
        }
        else
        {
            Assert.ThrowsAny<ArgumentException>(plainVariant);
        }
    }
}
