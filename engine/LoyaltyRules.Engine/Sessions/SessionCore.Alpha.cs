using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine;

/// <summary>Alpha memories: adding and removing facts, and relinking joins as memories fill and empty.</summary>
internal sealed partial class SessionCore
{
    /// <summary>Enters a new fact into every alpha memory it belongs to, each as soon as it is found.</summary>
    private void Enter(Fact fact)
    {
        // The fact being entered is known by its sequence: an integer field costs no write barrier.
        var entering = _entering;
        _entering = fact.Sequence;
        _skippedDormant.Clear();
        _skippedTypes.Clear();
        var typeNodes = TypeNodesFor(fact.Object.GetType());
        for (var i = 0; i < typeNodes.Length; i++)
        {
            var typeNode = typeNodes[i];
            if (typeNode.AllMemoriesSleep && _typeAwake[typeNode.Index] != _generation)
            {
                // Every memory below is dormant: the fact would only be skipped by each. Should one
                // of them wake later in this entry (through another type node of the fact), waking
                // tests the fact like any other.
                _skippedTypes.Add(typeNode.Index);
                continue;
            }

            typeNode.Reach(this, fact, null);
        }

        _entering = entering;
    }

    public bool IsDormant(AlphaMemoryNode node) => node.CanSleep && _awake[node.Id] != _generation;

    /// <summary>The fact being entered passed a dormant memory: if the memory wakes later in this entry, it must hold the fact.</summary>
    public void SkipDormant(AlphaMemoryNode node)
    {
        if (_entering != 0)
        {
            _skippedDormant.Add(node.Id);
        }
    }

    /// <summary>
    /// Wakes a dormant memory: enters the facts of working memory that pass its tests, in insertion
    /// order, without activating its successors (first-level joins, which make their tokens next).
    /// </summary>
    public void Wake(AlphaMemoryNode node)
    {
        if (!IsDormant(node))
        {
            return;
        }

        _awake[node.Id] = _generation;
        _typeAwake[node.TypeNode.Index] = _generation;
        for (var fact = _firstFact; fact is not null; fact = fact.NextInSession)
        {
            var belongs = fact.Sequence != _entering
                ? node.Accepts(fact.Object)
                : _skippedDormant.Contains(node.Id) || (_skippedTypes.Contains(node.TypeNode.Index) && node.Accepts(fact.Object));
            if (belongs)
            {
                Enroll(node, fact);
            }
        }
    }

    /// <summary>The alpha memories a fact belongs to now (for an update, which compares them with before).</summary>
    private List<AlphaMemoryNode> Reach(Fact fact)
    {
        var reached = _reachLists.Count > 0 ? _reachLists.Pop() : [];
        var typeNodes = TypeNodesFor(fact.Object.GetType());
        for (var i = 0; i < typeNodes.Length; i++)
        {
            typeNodes[i].Reach(this, fact, reached);
        }

        return reached;
    }

    /// <summary>The network's dispatch, through a small per-session cache: an evaluation inserts few types.</summary>
    private TypeNode[] TypeNodesFor(Type type)
    {
        var cache = _typeCache;
        for (var i = 0; i < cache.Length; i++)
        {
            if (cache[i].Type == type)
            {
                return cache[i].Nodes;
            }

            if (cache[i].Type is null)
            {
                var nodes = _network.TypeNodesFor(type);
                cache[i] = (type, nodes);
                return nodes;
            }
        }

        return _network.TypeNodesFor(type);
    }

    private void ReturnReach(List<AlphaMemoryNode> reached)
    {
        reached.Clear();
        _reachLists.Push(reached);
    }

    /// <summary>Takes the fact's entries out of it into a rented list (they are put back or removed by the caller).</summary>
    private List<AlphaEntry> RentEntries(Fact fact)
    {
        var entries = _entryLists.Count > 0 ? _entryLists.Pop() : [];
        for (var entry = EntryAt(fact.FirstEntry); entry is not null; entry = EntryAt(entry.NextOfFact))
        {
            entries.Add(entry);
        }

        fact.FirstEntry = -1;
        return entries;
    }

    private static AlphaEntry? TakeEntry(List<AlphaEntry> entries, AlphaMemoryNode node)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Node == node)
            {
                var entry = entries[i];
                entries.RemoveAt(i);
                return entry;
            }
        }

        return null;
    }

    private void ReturnEntries(List<AlphaEntry> entries)
    {
        entries.Clear();
        _entryLists.Push(entries);
    }

    public void AddToAlpha(AlphaMemoryNode node, Fact fact)
    {
        var memory = Enroll(node, fact);

        if (memory.Count == 1)
        {
            // The memory filled up: joins on it become active under their parents again.
            foreach (var successor in node.Relinkable)
            {
                var parent = TryParentMemory(successor);
                var parentNode = successor.LeftParent!;
                if (parent is null)
                {
                    // No memory, no tokens, nothing to link to; but a first-level join can make its
                    // tokens from its alpha memory at any time: creating its memory activates this child.
                    if (parentNode is JoinNode { IsFirstLevel: true })
                    {
                        Memory(parentNode);
                    }

                    continue;
                }

                parentNode.PrepareForChild(this, parent);
                parent.ActiveChildren.Add(successor);
                parent.ActiveChanged = true;
                if (successor.WantsLinkNotices)
                {
                    successor.OnRelinked(this, parent);
                }
            }
        }

        var successors = node.Successors;
        for (var i = 0; i < successors.Length; i++)
        {
            successors[i].RightAssert(this, fact);
        }
    }

    /// <summary>Puts a fact in an alpha memory, without telling the memory's successors.</summary>
    private AlphaMemory Enroll(AlphaMemoryNode node, Fact fact)
    {
        var memory = Alpha(node);
        var entry = _entries.Rent();
        entry.Fact = fact;
        entry.Node = node;
        memory.Add(_entries, entry);
        entry.NextOfFact = fact.FirstEntry;
        fact.FirstEntry = entry.Index;
        return memory;
    }

    /// <summary>The entry with this pool index, or null for -1 (the end of a list).</summary>
    public AlphaEntry? EntryAt(int index) => index < 0 ? null : _entries[index];

    /// <summary>The first fact entry of an alpha memory in this session, in insertion order (follow with <see cref="NextEntry"/>).</summary>
    public AlphaEntry? FirstEntry(AlphaMemoryNode node) => EntryAt(Alpha(node).First);

    public AlphaEntry? NextEntry(AlphaEntry entry) => EntryAt(entry.Next);

    private void RemoveFromAlpha(AlphaEntry entry)
    {
        var node = entry.Node;
        var fact = entry.Fact;
        var memory = Alpha(node);
        memory.Remove(_entries, entry);
        foreach (var successor in node.Successors)
        {
            successor.RightRetract(this, fact);
        }

        if (memory.Count == 0)
        {
            // The memory emptied: its joins stop taking tokens from their parents.
            foreach (var successor in node.Relinkable)
            {
                if (TryMemory(successor.LeftParent!) is { } parent && parent.ActiveChildren.Remove(successor) && successor.WantsLinkNotices)
                {
                    successor.OnUnlinked(this);
                }
            }
        }

        _entries.Return(entry);
    }
}
