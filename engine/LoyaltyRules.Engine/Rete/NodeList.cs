namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A growable list of beta nodes. Elements are wrapped in a struct so that storing one is a plain
/// store: an array of a non-sealed class type makes every store check the element's type.
/// </summary>
internal sealed class NodeList
{
    private Slot[] _items = new Slot[4];

    public int Count { get; private set; }

    public BetaNode this[int index] => _items[index].Node;

    public void Add(BetaNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++].Node = node;
    }

    public void AddRange(BetaNode[] nodes)
    {
        foreach (var node in nodes)
        {
            Add(node);
        }
    }

    public bool Remove(BetaNode node)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Node == node)
            {
                Array.Copy(_items, i + 1, _items, i, Count - i - 1);
                Count--;
                return true;
            }
        }

        return false;
    }

    /// <summary>Empties the list. The slots are not cleared: they hold the network's nodes, which outlive every session anyway.</summary>
    public void Clear() => Count = 0;

    private struct Slot
    {
        public BetaNode Node;
    }
}
