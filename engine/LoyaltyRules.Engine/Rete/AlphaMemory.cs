namespace LoyaltyRules.Engine.Rete;

/// <summary>One session's facts in one alpha memory, in insertion order: a list of the session's pooled entries, linked by index.</summary>
internal sealed class AlphaMemory
{
    public int First = -1;
    public int Last = -1;
    public int Count;

    /// <summary>The session generation this memory belongs to; in a later one it is stale (see <see cref="SessionCore.Alpha"/>).</summary>
    public long Generation;

    public void Add(Arena<AlphaEntry> entries, AlphaEntry entry)
    {
        entry.Next = -1;
        entry.Previous = Last;
        if (Last < 0)
        {
            First = entry.Index;
        }
        else
        {
            entries[Last].Next = entry.Index;
        }

        Last = entry.Index;
        Count++;
    }

    public void Remove(Arena<AlphaEntry> entries, AlphaEntry entry)
    {
        if (entry.Previous < 0)
        {
            First = entry.Next;
        }
        else
        {
            entries[entry.Previous].Next = entry.Next;
        }

        if (entry.Next < 0)
        {
            Last = entry.Previous;
        }
        else
        {
            entries[entry.Next].Previous = entry.Previous;
        }

        entry.Previous = -1;
        entry.Next = -1;
        Count--;
    }

    public void Clear()
    {
        First = -1;
        Last = -1;
        Count = 0;
    }
}
