using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.Engine.Agenda;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>Firing: the agenda loop, actions, results, linked facts and the runaway bound.</summary>
internal sealed partial class SessionCore
{
    /// <summary>By rule: its firings in a call of <see cref="Fire"/>, and which call (counts of an earlier call are stale).</summary>
    private readonly (long Call, int Count)[] _firingsByRule;

    /// <summary>By rule: the generation of the last session in which it fired.</summary>
    private readonly long[] _firedIn;

    /// <summary>The number of the current (or last) call of <see cref="Fire"/> over the core's life.</summary>
    private long _fireCall;
    private readonly ActionContext _context;
    private readonly List<RuleResult> _results = [];
    private readonly List<RuleFiringRecord> _firingRecords = [];
    private readonly List<RuleMiss> _misses = [];
    private readonly List<Fact> _orphans = [];
    private int _firingCount;
    private bool _halted;
    private Activation? _current;
    private bool _currentReleased;

    public IReadOnlyList<RuleResult> Results => _results;

    public SessionTrace Trace => Options.Trace == TraceLevel.None ? SessionTrace.Empty : new SessionTrace([.. _firingRecords], [.. _misses]);

    /// <summary>Whether the rule with this index fired in this session.</summary>
    public bool HasFired(int ruleIndex) => _firedIn[ruleIndex] == _generation;

    public int Fire(int maxRules)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRules);
        EnsureUsable();
        _halted = false;
        _fireCall++;
        var fired = 0;
        while (fired < maxRules && !_halted && Agenda.TryTake(out var activation))
        {
            if (fired == Options.MaxFiringsPerFire)
            {
                Agenda.Add(activation);
                throw new RunawayChainingException(Options.MaxFiringsPerFire, FiringCounts());
            }

            fired++;
            FireOne(activation);
        }

        if (Options.Trace == TraceLevel.FiringsAndMisses)
        {
            RecordMisses();
        }

        return fired;
    }

    public Activation NewActivation(TerminalNode terminal, Token tuple, Token? token)
    {
        var activation = _activations.Rent();
        activation.Terminal = terminal;
        activation.SortKey = terminal.SortKey;
        activation.Tuple = tuple;
        if (token is null)
        {
            // A constant null: no write barrier.
            activation.Token = null;
        }
        else
        {
            activation.Token = token;
        }

        activation.Id = ++_activationIds;
        activation.HeapIndex = -1;
        return activation;
    }

    /// <summary>An activation's match went away: its linked facts are retracted after the current change.</summary>
    public void Release(Activation activation)
    {
        if (activation.Linked is { Count: > 0 } linked)
        {
            _orphans.Clear();
            _orphans.AddRange(linked.Values);
            _orphans.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
            foreach (var fact in _orphans)
            {
                fact.LinkedTo = null;
                fact.Orphaned = true;
                _pendingRetractions.Enqueue(fact.Object);
            }

            _orphans.Clear();
            linked.Clear();
        }

        if (activation == _current)
        {
            _currentReleased = true;
        }
        else
        {
            activation.Release();
            _activations.Return(activation);
        }
    }

    public bool IsReleased(Activation activation) => activation == _current && _currentReleased;

    /// <summary>The activation whose actions are running, or null.</summary>
    public Activation? Current => _current;

    public void Halt() => _halted = true;

    public void AddResult(RuleDefinition rule, object result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _results.Add(new RuleResult(rule, result, _firingCount));
    }

    private void FireOne(Activation activation)
    {
        var terminal = activation.Terminal;
        var tuple = activation.Tuple;
        var rule = terminal.Rule;
        _firingCount++;
        _firedIn[rule.Index] = _generation;
        ref var firings = ref _firingsByRule[rule.Index];
        firings = firings.Call == _fireCall ? (_fireCall, firings.Count + 1) : (_fireCall, 1);

        if (Options.Trace != TraceLevel.None)
        {
            _firingRecords.Add(FiringExplainer.Record(_network, terminal, tuple, _firingCount));
        }

        RuleFiringEventArgs? args = null;
        if (Events is { HasRuleListeners: true } events)
        {
            args = new RuleFiringEventArgs(rule.Definition, _firingCount, terminal.Layout.Values(tuple));
            events.OnRuleFiring(Owner, args);
        }

        _current = activation;
        _currentReleased = false;
        try
        {
            terminal.Actions.Invoke(_context, tuple);
        }
        finally
        {
            _context.End();
            _current = null;
            if (_removedWhileFiring.Count > 0)
            {
                ReturnTokensRemovedWhileFiring();
            }

            if (_currentReleased)
            {
                activation.Release();
                _activations.Return(activation);
            }
        }

        if (args is not null)
        {
            Events?.OnRuleFired(Owner, args);
        }
    }

    /// <summary>The rules that fired in the current call of <see cref="Fire"/>, most firings first, then in declaration order.</summary>
    private List<KeyValuePair<string, int>> FiringCounts() =>
        [.. Enumerable.Range(0, _firingsByRule.Length)
            .Where(i => _firingsByRule[i].Call == _fireCall)
            .OrderByDescending(i => _firingsByRule[i].Count)
            .ThenBy(i => i)
            .Select(i => new KeyValuePair<string, int>(_network.Rules[i].Definition.Name, _firingsByRule[i].Count))];

    private void RecordMisses()
    {
        _misses.Clear();
        foreach (var rule in _network.Rules)
        {
            if (ExplainWhyNot(rule) is { } miss)
            {
                _misses.Add(miss);
            }
        }
    }

    /// <summary>Why <paramref name="rule"/> has not fired, or null when it fired or is waiting on the agenda.</summary>
    public RuleMiss? ExplainWhyNot(CompiledRule rule)
    {
        EnsureUsable();
        if (HasFired(rule.Index) || HasPendingActivation(rule))
        {
            return null;
        }

        return WhyNotAnalyzer.Explain(_network, rule, Facts());
    }

    private bool HasPendingActivation(CompiledRule rule)
    {
        foreach (var activation in Agenda.Snapshot())
        {
            if (activation.Terminal.Rule == rule)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Empties the results and traces; which rules fired is stale with the session's generation.</summary>
    private void ResetFiring()
    {
        _results.Clear();
        _firingRecords.Clear();
        _misses.Clear();
        _firingCount = 0;
        _halted = false;
        _current = null;
        _currentReleased = false;
    }
}
