using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.Engine.Agenda;
using LoyaltyRules.Engine.Aggregation;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine;

/// <summary>
/// The state of one session: working memory, the session's memories of the shared network, the
/// agenda, and pools of everything it allocates. Pooled by the session factory and reset between
/// uses; a reset costs what the last evaluation touched, not the size of the network. Node memories
/// and flags are stamped with the session's generation: a stale one reads as empty (and is emptied
/// when next used), so the reset itself need not visit them.
/// </summary>
internal sealed partial class SessionCore
{
    private readonly Network _network;
    private readonly FactTable _facts = new();
    private readonly AlphaMemory?[] _alpha;
    private readonly BetaMemory?[] _beta;

    /// <summary>
    /// The hashed join memories used in this session: their indexes hold keys read from facts, so a
    /// reset empties them at once rather than when they are next used.
    /// </summary>
    private readonly List<int> _hashedIds = [];

    /// <summary>Which use of this core the session is, from 1; a 64-bit count never wraps to an old stamp.</summary>
    private long _generation = 1;
    private readonly Arena<Token> _tokens = new(index => new Token { Index = index });

    /// <summary>
    /// Tokens removed while a rule's actions run: kept intact until the firing ends, because the
    /// firing's later actions still read the match an earlier action invalidated (NRules semantics:
    /// every action of a firing sees the facts the rule matched).
    /// </summary>
    private readonly List<Token> _removedWhileFiring = [];
    private readonly Arena<Fact> _factPool = new();
    private readonly Arena<AlphaEntry> _entries = new(index => new AlphaEntry { Index = index });
    private readonly Arena<Activation> _activations = new();
    private readonly Stack<List<Token>> _tokenLists = new();
    private readonly Stack<List<AggregateResult>> _resultLists = new();
    private readonly Stack<List<AlphaMemoryNode>> _reachLists = new();
    private readonly Stack<List<AlphaEntry>> _entryLists = new();
    private readonly Queue<object> _pendingRetractions = new();
    private readonly (Type? Type, TypeNode[] Nodes)[] _typeCache = new (Type?, TypeNode[])[8];

    /// <summary>By alpha memory: the generation in which it woke (it is awake when that is this session's).</summary>
    private readonly long[] _awake;

    /// <summary>By type node: the generation in which a memory below it woke.</summary>
    private readonly long[] _typeAwake;
    private readonly List<int> _skippedDormant = [];

    /// <summary>The type nodes whose traversal the entering fact skipped, all their memories being dormant.</summary>
    private readonly List<int> _skippedTypes = [];

    /// <summary>The sequence of the fact being entered into the alpha network, or 0.</summary>
    private long _entering;
    private Fact? _firstFact;
    private Fact? _lastFact;
    private readonly Token _root;
    private long _sequence;
    private long _activationIds;

    /// <summary>Whether an action linked a fact to its activation in this session (the reset then empties the activations' links).</summary>
    private bool _linksMade;
    private int _operationDepth;
    private Exception? _fault;

    public SessionCore(Network network)
    {
        _network = network;
        _alpha = new AlphaMemory?[network.AlphaMemoryCount];
        _awake = new long[network.AlphaMemoryCount];
        _typeAwake = new long[network.TypeNodeCount];
        _beta = new BetaMemory?[network.BetaNodeCount];
        _firingsByRule = new (long, int)[network.Rules.Count];
        _firedIn = new long[network.Rules.Count];
        _context = new ActionContext(this);
        _root = new Token { Node = network.Root };
    }

    public ActivationQueue Agenda { get; } = new();

    public SessionOptions Options { get; private set; } = SessionOptions.Default;

    public Network Network => _network;

    /// <summary>The public session driving this core (the sender of events), known once events are subscribed to.</summary>
    public object Owner { get; private set; } = null!;

    public SessionEvents? Events { get; private set; }

    public int FactCount => _facts.Count;

    /// <summary>True when this core grew so large that keeping it in the pool would hold too much memory.</summary>
    public bool IsOversized => _tokens.Capacity > 100_000 || _factPool.Capacity > 50_000;

    /// <summary>Prepares a fresh or reset core for a new session.</summary>
    public void Begin(SessionOptions options)
    {
        if (!ReferenceEquals(Options, options))
        {
            Options = options;
        }

        // The root token is the core's own, never pooled: only its children change between sessions.
        // The root's memory holds that token and the root's always-active children in every session
        // (no join under the root is ever relinked): it is carried into the new generation as it is.
        _root.FirstChild = -1;
        var rootMemory = _beta[_network.Root.Id] ?? Memory(_network.Root);
        rootMemory.Generation = _generation;
        if (rootMemory.First is null)
        {
            rootMemory.AddOutput(_root);
        }

        var children = rootMemory.ActiveChildren;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftAssert(this, _root);
        }
    }

    /// <summary>
    /// The session's events, created on first subscription by <paramref name="owner"/>, the sender of
    /// every event: only then does the core keep a reference to its public session (a reference
    /// store per session, into a long-lived core, is what this saves).
    /// </summary>
    public SessionEvents EventsForSubscription(object owner)
    {
        Owner = owner;
        return Events ??= new SessionEvents();
    }

    /// <summary>Empties everything for reuse by another session.</summary>
    public void Reset()
    {
        // Node memories and wake flags of this session become stale with the generation.
        _generation++;
        foreach (var id in _hashedIds)
        {
            _beta[id]!.Reset(_network.BetaNodes[id]);
        }

        _hashedIds.Clear();
        _entering = 0;
        Agenda.Clear();
        _facts.Clear(_firstFact);
        for (var i = 0; i < _tokens.UsedCount; i++)
        {
            _tokens[i].Release();
        }

        for (var i = 0; i < _factPool.UsedCount; i++)
        {
            _factPool[i].Release();
        }

        if (_linksMade)
        {
            // Only links hold the caller's objects in an activation: renting sets every other field.
            for (var i = 0; i < _activations.UsedCount; i++)
            {
                _activations[i].Release();
            }

            _linksMade = false;
        }

        _tokens.TakeBackAll();
        _factPool.TakeBackAll();
        _entries.TakeBackAll();
        _activations.TakeBackAll();
        _pendingRetractions.Clear();
        _firstFact = null;
        _lastFact = null;
        _sequence = 0;
        _activationIds = 0;
        _operationDepth = 0;
        _fault = null;
        Events = null;
        Owner = null!;
        ResetFiring();
    }

    public bool Contains(object fact) => _facts.Contains(fact);

    public IEnumerable<T> Query<T>()
    {
        for (var fact = _firstFact; fact is not null; fact = fact.NextInSession)
        {
            if (fact.Object is T value)
            {
                yield return value;
            }
        }
    }

    public IEnumerable<Fact> Facts()
    {
        for (var fact = _firstFact; fact is not null; fact = fact.NextInSession)
        {
            yield return fact;
        }
    }

    public bool TryInsert(object fact, Activation? linkedTo = null, object? linkKey = null)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        if (_facts.FindForAdd(fact, out var slot) is not null)
        {
            return false;
        }

        // A rented handle was released (its link fields are null): the usual unlinked fact writes
        // no reference it need not, each reference store costing a write barrier.
        var handle = _factPool.Rent();
        handle.Object = fact;
        handle.Sequence = NextSequence();
        handle.Orphaned = false;
        handle.FirstToken = -1;
        handle.FirstEntry = -1;
        handle.NextInSession = null;
        if (linkedTo is not null && linkKey is not null)
        {
            handle.LinkedTo = linkedTo;
            handle.LinkKey = linkKey;
            (linkedTo.Linked ??= []).Add(linkKey, handle);
            _linksMade = true;
        }

        _facts.AddAt(slot, handle);
        if (_lastFact is null)
        {
            handle.PreviousInSession = null;
            _firstFact = handle;
        }
        else
        {
            handle.PreviousInSession = _lastFact;
            _lastFact.NextInSession = handle;
        }

        _lastFact = handle;
        Run(Change.Insert, handle);
        Events?.OnFactInserted(Owner, new FactEventArgs(fact, linkedTo is not null));
        return true;
    }

    public bool TryUpdate(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        if (_facts.Find(fact) is not { } handle)
        {
            return false;
        }

        Run(Change.Update, handle);
        Events?.OnFactUpdated(Owner, new FactEventArgs(fact, handle.LinkedTo is not null));
        return true;
    }

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        if (_facts.Find(fact) is not { } handle)
        {
            return false;
        }

        var linked = handle.LinkedTo is not null;
        Run(Change.Retract, handle);
        Events?.OnFactRetracted(Owner, new FactEventArgs(fact, linked));
        return true;
    }

    /// <summary>Whether a fact is linked to an activation, and to which.</summary>
    public Fact? Handle(object fact) => _facts.Find(fact);

    /// <summary>Runs one change of working memory, then the retractions of linked facts it orphaned. An exception faults the session.</summary>
    private void Run(Change change, Fact fact)
    {
        _operationDepth++;
        try
        {
            switch (change)
            {
                case Change.Insert:
                    AssertIntoNetwork(fact);
                    break;
                case Change.Update:
                    ModifyInNetwork(fact);
                    break;
                default:
                    RetractFromNetwork(fact);
                    break;
            }

            if (_operationDepth == 1 && _pendingRetractions.Count > 0)
            {
                RetractOrphans();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _fault = ex;
            _operationDepth--;
            throw;
        }

        _operationDepth--;
    }

    /// <summary>Retracts the linked facts whose match went away (queued while the network was changing).</summary>
    private void RetractOrphans()
    {
        while (_pendingRetractions.TryDequeue(out var orphan))
        {
            if (_facts.Find(orphan) is { Orphaned: true } handle)
            {
                RetractFromNetwork(handle);
                Events?.OnFactRetracted(Owner, new FactEventArgs(orphan, isLinked: true));
            }
        }
    }

    private enum Change
    {
        Insert,
        Update,
        Retract,
    }

    private void EnsureUsable()
    {
        if (_fault is not null)
        {
            ThrowFaulted(_fault);
        }
    }

    /// <summary>Kept out of <see cref="EnsureUsable"/> so that the check inlines into every operation.</summary>
    private static void ThrowFaulted(Exception fault) =>
        throw new InvalidOperationException(
            "This session is faulted: an earlier change of working memory failed part-way " +
            $"({fault.GetType().Name}: {fault.Message}). Discard it and evaluate in a new session.", fault);

    private void AssertIntoNetwork(Fact fact) => Enter(fact);

    private void ModifyInNetwork(Fact fact)
    {
        var reached = Reach(fact);
        var previous = RentEntries(fact);
        foreach (var memoryNode in reached)
        {
            var kept = TakeEntry(previous, memoryNode);
            if (kept is not null)
            {
                kept.NextOfFact = fact.FirstEntry;
                fact.FirstEntry = kept.Index;
                foreach (var successor in memoryNode.Successors)
                {
                    successor.RightModify(this, fact);
                }
            }
            else
            {
                AddToAlpha(memoryNode, fact);
            }
        }

        foreach (var left in previous)
        {
            RemoveFromAlpha(left);
        }

        ReturnEntries(previous);
        ReturnReach(reached);
    }

    private void RetractFromNetwork(Fact fact)
    {
        var entries = RentEntries(fact);
        foreach (var entry in entries)
        {
            RemoveFromAlpha(entry);
        }

        ReturnEntries(entries);
        _facts.Remove(fact.Object);
        if (fact.PreviousInSession is null)
        {
            _firstFact = fact.NextInSession;
        }
        else
        {
            fact.PreviousInSession.NextInSession = fact.NextInSession;
        }

        if (fact.NextInSession is null)
        {
            _lastFact = fact.PreviousInSession;
        }
        else
        {
            fact.NextInSession.PreviousInSession = fact.PreviousInSession;
        }

        if (fact.LinkedTo?.Linked is { } linked && fact.LinkKey is not null)
        {
            linked.Remove(fact.LinkKey);
        }

        fact.Release();
        _factPool.Return(fact);
    }
}
