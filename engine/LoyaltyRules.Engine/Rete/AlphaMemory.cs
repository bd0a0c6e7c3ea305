namespace LoyaltyRules.Engine.Rete;

/// <summary>One session's facts in one alpha memory, in insertion order.</summary>
internal sealed class AlphaMemory
{
    public AlphaEntry? First;
    public AlphaEntry? Last;
    public int Count;

    /// <summary>The session generation this memory belongs to; in a later one it is stale (see <see cref="SessionCore.Alpha"/>).</summary>
    public long Generation;

    public void Add(AlphaEntry entry)
    {
        entry.Next = null;
        if (Last is null)
        {
            // Null stored as a constant: no write barrier.
            entry.Previous = null;
            First = entry;
        }
        else
        {
            entry.Previous = Last;
            Last.Next = entry;
        }

        Last = entry;
        Count++;
    }

    public void Remove(AlphaEntry entry)
    {
        if (entry.Previous is null)
        {
            First = entry.Next;
        }
        else
        {
            entry.Previous.Next = entry.Next;
        }

        if (entry.Next is null)
        {
            Last = entry.Previous;
        }
        else
        {
            entry.Next.Previous = entry.Previous;
        }

        entry.Previous = null;
        entry.Next = null;
        Count--;
    }

    public void Clear()
    {
        First = null;
        Last = null;
        Count = 0;
    }
}
