using System.Runtime.CompilerServices;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine;

/// <summary>
/// Working memory's index: the handle of each fact object, by reference identity. Open addressing
/// with linear probing and backward-shift deletion (no tombstones), cleared in O(facts held).
/// </summary>
internal sealed class FactTable
{
    private Fact?[] _slots = new Fact?[16];

    public int Count { get; private set; }

    public Fact? Find(object value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(value) & mask; ; i = (i + 1) & mask)
        {
            var fact = slots[i];
            if (fact is null || ReferenceEquals(fact.Object, value))
            {
                return fact;
            }
        }
    }

    public bool Contains(object value) => Find(value) is not null;

    /// <summary>
    /// The handle of <paramref name="value"/>, or null and the free slot where its handle goes (for
    /// <see cref="AddAt"/>, with no other change in between): an insertion probes the table once.
    /// </summary>
    public Fact? FindForAdd(object value, out int freeSlot)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Resize(_slots.Length * 2);
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(value) & mask; ; i = (i + 1) & mask)
        {
            var fact = slots[i];
            if (fact is null)
            {
                freeSlot = i;
                return null;
            }

            if (ReferenceEquals(fact.Object, value))
            {
                freeSlot = -1;
                return fact;
            }
        }
    }

    /// <summary>Puts a handle in the slot <see cref="FindForAdd"/> found free for its object.</summary>
    public void AddAt(int freeSlot, Fact fact)
    {
        _slots[freeSlot] = fact;
        Count++;
    }

    public void Remove(object value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = RuntimeHelpers.GetHashCode(value) & mask;
        while (slots[i] is { } fact && !ReferenceEquals(fact.Object, value))
        {
            i = (i + 1) & mask;
        }

        if (slots[i] is null)
        {
            return;
        }

        slots[i] = null;
        Count--;

        // Backward shift: move later members of the run into the hole when that brings them closer home.
        var hole = i;
        for (var j = (i + 1) & mask; slots[j] is { } next; j = (j + 1) & mask)
        {
            var home = RuntimeHelpers.GetHashCode(next.Object) & mask;
            if (((j - home) & mask) >= ((j - hole) & mask))
            {
                slots[hole] = next;
                slots[j] = null;
                hole = j;
            }
        }
    }

    /// <summary>
    /// Empties the table. <paramref name="first"/> starts the session's list of the facts it holds:
    /// a table grown large by an earlier evaluation is emptied fact by fact, not slot by slot.
    /// </summary>
    public void Clear(Fact? first)
    {
        if (Count == 0)
        {
            return;
        }

        if (Count * 8 < _slots.Length)
        {
            for (var fact = first; fact is not null; fact = fact.NextInSession)
            {
                Remove(fact.Object);
            }
        }
        else
        {
            Array.Clear(_slots);
            Count = 0;
        }
    }

    private void Resize(int size)
    {
        var old = _slots;
        _slots = new Fact?[size];
        foreach (var fact in old)
        {
            if (fact is not null)
            {
                Place(_slots, fact);
            }
        }
    }

    private static void Place(Fact?[] slots, Fact fact)
    {
        var mask = slots.Length - 1;
        var i = RuntimeHelpers.GetHashCode(fact.Object) & mask;
        while (slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = fact;
    }
}
