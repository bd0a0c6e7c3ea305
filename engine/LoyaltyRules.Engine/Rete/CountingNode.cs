namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// Not and exists: keeps, for every left token, a state token counting the right facts that match
/// it (each match recorded as a right-match token on the fact, so a retraction never re-evaluates
/// conditions on a fact that may have changed meanwhile). The state token is propagated while the
/// count passes: zero for not, non-zero for exists.
/// </summary>
internal abstract class CountingNode(int id, BetaNode leftParent, int outputDepth, AlphaMemoryNode right, JoinTests tests)
    : RightInputNode(id, leftParent, outputDepth, right)
{
    public JoinTests Tests { get; } = tests;

    protected abstract bool Passes(int count);

    public override void LeftAssert(SessionCore session, Token left)
    {
        var state = session.NewToken(this, left, TokenKind.State, null, null, 0);
        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            if (Tests.All(left, entry.Fact.Object, Rules))
            {
                AddMatch(session, state, entry.Fact);
            }
        }

        if (Passes(state.Count))
        {
            session.PropagateAssert(this, state);
        }
    }

    public override void LeftModify(SessionCore session, Token left)
    {
        var state = FindChild(session, left, TokenKind.State)!;
        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            Reconcile(session, state, entry.Fact);
        }

        if (state.InOutput && Passes(state.Count))
        {
            session.PropagateModify(this, state);
        }
        else
        {
            Transition(session, state);
        }
    }

    public override void RightAssert(SessionCore session, Fact fact)
    {
        for (var left = session.TryParentMemory(this)?.First; left is not null; left = left.NextInNode)
        {
            if (Tests.All(left, fact.Object, Rules))
            {
                var state = FindChild(session, left, TokenKind.State)!;
                AddMatch(session, state, fact);
                Transition(session, state);
            }
        }
    }

    public override void RightModify(SessionCore session, Fact fact)
    {
        for (var left = session.TryParentMemory(this)?.First; left is not null; left = left.NextInNode)
        {
            var state = FindChild(session, left, TokenKind.State)!;
            if (Reconcile(session, state, fact))
            {
                Transition(session, state);
            }
        }
    }

    public override void RightRetract(SessionCore session, Fact fact)
    {
        var matches = session.RentTokens();
        session.TokensOf(fact, this, matches);
        foreach (var match in matches)
        {
            var state = match.Parent!;
            session.RemoveToken(match);
            state.Count--;
            Transition(session, state);
        }

        session.ReturnTokens(matches);
    }

    /// <summary>Brings the recorded match of <paramref name="fact"/> in line with the conditions; true when it changed.</summary>
    private bool Reconcile(SessionCore session, Token state, Fact fact)
    {
        var match = FindMatch(session, state, fact);
        var matches = Tests.All(state.Parent!, fact.Object, Rules);
        if (matches && match is null)
        {
            AddMatch(session, state, fact);
            return true;
        }

        if (!matches && match is not null)
        {
            session.RemoveToken(match);
            state.Count--;
            return true;
        }

        return false;
    }

    private void AddMatch(SessionCore session, Token state, Fact fact)
    {
        session.NewToken(this, state, TokenKind.RightMatch, fact, null, 0);
        state.Count++;
    }

    private void Transition(SessionCore session, Token state)
    {
        var passes = Passes(state.Count);
        if (passes && !state.InOutput)
        {
            session.PropagateAssert(this, state);
        }
        else if (!passes && state.InOutput)
        {
            session.Withdraw(this, state);
        }
    }
}
