namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// Joins the tokens of its left parent with the facts of an alpha memory. Equality conditions are
/// answered by hash indexes on both sides (a join of n by m facts costs n + m + matches, not n × m);
/// the other conditions are tested per candidate pair. While its alpha memory is empty the join is
/// unlinked from its parent, so tokens flowing past it cost nothing (left unlinking). A first-level
/// join (its parent is the root) with no active child makes no tokens at all until a child becomes
/// active: a customer fact then costs nothing for the thousands of rules no event has woken.
/// </summary>
internal sealed class JoinNode(int id, BetaNode leftParent, int outputDepth, AlphaMemoryNode right, JoinTests tests)
    : RightInputNode(id, leftParent, outputDepth, right, wantsLinkNotices: tests.Hashing is not null)
{
    private readonly bool _hasResiduals = tests.HasResiduals;

    public JoinTests Tests { get; } = tests;

    public override bool IsLeftUnlinkable => true;


    /// <summary>True for a join on the first pattern: its tokens are one per alpha fact, so they can be made late.</summary>
    public bool IsFirstLevel { get; } = leftParent is RootNode;

    public override BetaMemory CreateMemory() => Tests.Hashing?.CreateMemory(Rules) ?? new BetaMemory();

    public override void LeftAssert(SessionCore session, Token left)
    {
        var memory = session.Memory(this);
        if (memory.Hashed is { } hashed)
        {
            hashed.AddLeft(left);
            var matches = hashed.RightMatches(left);
            if (matches is null)
            {
                return;
            }

            for (var i = 0; i < matches.Count; i++)
            {
                var fact = matches[i];
                if (Tests.Residuals(left, fact.Object, Rules))
                {
                    Emit(session, left, fact);
                }
            }

            return;
        }

        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            if (Tests.Residuals(left, entry.Fact.Object, Rules))
            {
                Emit(session, left, entry.Fact);
            }
        }
    }

    public override void LeftModify(SessionCore session, Token left)
    {
        var memory = session.Memory(this);
        var existing = session.RentTokens();
        for (var child = session.TokenAt(left.FirstChild); child is not null; child = session.TokenAt(child.NextSibling))
        {
            if (child.Node == this)
            {
                existing.Add(child);
            }
        }

        if (memory.Hashed is { } hashed)
        {
            hashed.RekeyLeft(left);
            var matches = hashed.RightMatches(left);
            for (var i = 0; matches is not null && i < matches.Count; i++)
            {
                Reconcile(session, left, matches[i], existing);
            }
        }
        else
        {
            for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
            {
                Reconcile(session, left, entry.Fact, existing);
            }
        }

        foreach (var stale in existing)
        {
            session.RemoveToken(stale);
        }

        session.ReturnTokens(existing);
    }

    public override void OnLeftRemoved(SessionCore session, Token left)
    {
        if (session.Memory(this).Hashed is { LeftIndexed: true } hashed)
        {
            hashed.RemoveLeft(left);
        }
    }

    public override void RightAssert(SessionCore session, Fact fact)
    {
        var memory = session.Memory(this);
        if (IsFirstLevel)
        {
            // One token per fact, made now if a child listens and not made already (creating the
            // memory may just have made it), else made by PrepareForChild when a child starts to.
            if (memory.ActiveChildren.Count > 0 && !session.HasTokenOf(fact, this))
            {
                Emit(session, session.TryParentMemory(this)!.First!, fact);
            }

            return;
        }

        var parent = session.TryParentMemory(this);
        if (memory.Hashed is { } hashed)
        {
            hashed.AddRight(fact);
            if (parent is null || !hashed.LeftIndexed)
            {
                return;
            }

            var matches = hashed.LeftMatches(fact);
            for (var i = 0; matches is not null && i < matches.Count; i++)
            {
                if (Tests.Residuals(matches[i], fact.Object, Rules))
                {
                    Emit(session, matches[i], fact);
                }
            }

            return;
        }

        var residuals = _hasResiduals;
        for (var left = parent?.First; left is not null; left = left.NextInNode)
        {
            if (!residuals || Tests.Residuals(left, fact.Object, Rules))
            {
                session.PropagateAssert(this, memory, session.NewToken(this, left, TokenKind.Match, fact, fact.Object, fact.Sequence));
            }
        }
    }

    public override void RightModify(SessionCore session, Fact fact)
    {
        var memory = session.Memory(this);
        if (IsFirstLevel && memory.ActiveChildren.Count == 0)
        {
            // A first-level token's value is the fact itself: with no child to tell, there is nothing to do.
            return;
        }

        var existing = session.RentTokens();
        session.TokensOf(fact, this, existing);
        var parent = session.TryParentMemory(this);
        if (memory.Hashed is { } hashed)
        {
            hashed.RekeyRight(fact);
            var matches = parent is null || !hashed.LeftIndexed ? null : hashed.LeftMatches(fact);
            for (var i = 0; matches is not null && i < matches.Count; i++)
            {
                ReconcileRight(session, matches[i], fact, existing);
            }
        }
        else
        {
            for (var left = parent?.First; left is not null; left = left.NextInNode)
            {
                ReconcileRight(session, left, fact, existing);
            }
        }

        foreach (var stale in existing)
        {
            session.RemoveToken(stale);
        }

        session.ReturnTokens(existing);
    }

    public override void RightRetract(SessionCore session, Fact fact)
    {
        if (session.Memory(this).Hashed is { } hashed)
        {
            hashed.RemoveRight(fact);
        }

        session.RemoveTokensOf(fact, this);
    }

    /// <summary>
    /// Before a child starts to use this first-level join's tokens: wakes its alpha memory if it was
    /// dormant and makes the tokens the join skipped while it had no active child.
    /// </summary>
    public override void PrepareForChild(SessionCore session, BetaMemory memory)
    {
        if (!IsFirstLevel || memory.ActiveChildren.Count > 0)
        {
            return;
        }

        session.Wake(Right);
        var root = session.TryParentMemory(this)!.First!;
        for (var entry = session.FirstEntry(Right); entry is not null; entry = session.NextEntry(entry))
        {
            if (!session.HasTokenOf(entry.Fact, this))
            {
                var token = session.NewToken(this, root, TokenKind.Match, entry.Fact, entry.Fact.Object, entry.Fact.Sequence);
                memory.AddOutput(token);
            }
        }
    }

    public override void OnRelinked(SessionCore session, BetaMemory parentMemory)
    {
        if (session.Memory(this).Hashed is { } hashed)
        {
            hashed.IndexLeft(parentMemory);
        }
    }

    public override void OnUnlinked(SessionCore session)
    {
        if (session.TryMemory(this)?.Hashed is { } hashed)
        {
            hashed.ClearLeft();
        }
    }

    private void Emit(SessionCore session, Token left, Fact fact)
    {
        var token = session.NewToken(this, left, TokenKind.Match, fact, fact.Object, fact.Sequence);
        session.PropagateAssert(this, token);
    }

    /// <summary>Left side changed: keep, modify, create or (by leaving it in <paramref name="existing"/>) drop the pair.</summary>
    private void Reconcile(SessionCore session, Token left, Fact fact, List<Token> existing)
    {
        KeepOrEmit(session, left, fact, existing, IndexOfFact(existing, fact));
    }

    /// <summary>Right side changed: the same, looking the pair up by its left token.</summary>
    private void ReconcileRight(SessionCore session, Token left, Fact fact, List<Token> existing)
    {
        var index = -1;
        for (var i = 0; i < existing.Count; i++)
        {
            if (existing[i].Parent == left)
            {
                index = i;
                break;
            }
        }

        KeepOrEmit(session, left, fact, existing, index);
    }

    /// <summary>If the pair matches: modifies its token (taking it out of <paramref name="existing"/>) or makes one.</summary>
    private void KeepOrEmit(SessionCore session, Token left, Fact fact, List<Token> existing, int index)
    {
        if (!Tests.Residuals(left, fact.Object, Rules))
        {
            return;
        }

        if (index >= 0)
        {
            var token = existing[index];
            existing.RemoveAt(index);
            session.PropagateModify(this, token);
        }
        else
        {
            Emit(session, left, fact);
        }
    }

    private static int IndexOfFact(List<Token> tokens, Fact fact)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Fact == fact)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString() => $"Join#{Id}({Right}{(Tests.Hashing is null ? "" : ", hashed")})";
}
