using System.Runtime.CompilerServices;
using LoyaltyRules.Engine.Aggregation;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine;

/// <summary>Node memories, tokens and propagation.</summary>
internal sealed partial class SessionCore
{
    /// <summary>The session's memory of an alpha memory node (emptied first if an earlier session left it).</summary>
    public AlphaMemory Alpha(AlphaMemoryNode node)
    {
        var memory = _alpha[node.Id] ??= new AlphaMemory();
        if (memory.Generation != _generation)
        {
            memory.Clear();
            memory.Generation = _generation;
        }

        return memory;
    }

    /// <summary>How many facts an alpha memory holds in this session.</summary>
    private int AlphaCount(AlphaMemoryNode node) => _alpha[node.Id] is { } memory && memory.Generation == _generation ? memory.Count : 0;

    /// <summary>The node's memory, created (with its active children) on first use.</summary>
    public BetaMemory Memory(BetaNode node)
    {
        var memory = _beta[node.Id];
        if (memory is null)
        {
            memory = node.CreateMemory();
            memory.Listed = node.ListsOutput;
            _beta[node.Id] = memory;
            Stamp(node, memory);
            InitializeActiveChildren(node, memory);
            return memory;
        }

        return memory.Generation == _generation ? memory : Renew(node, memory);
    }

    /// <summary>The node's memory if a session made one (emptied first if an earlier session left it).</summary>
    public BetaMemory? TryMemory(BetaNode node)
    {
        var memory = _beta[node.Id];
        return memory is null || memory.Generation == _generation ? memory : Renew(node, memory);
    }

    /// <summary>The memory of <paramref name="node"/>'s left parent, if a session made one.</summary>
    public BetaMemory? TryParentMemory(BetaNode node)
    {
        var memory = _beta[node.LeftParentId];
        return memory is null || memory.Generation == _generation ? memory : Renew(node.LeftParent!, memory);
    }

    /// <summary>
    /// Empties a memory an earlier session left: every alpha memory was empty when this session
    /// began, so only the node's always-active children are active.
    /// </summary>
    private BetaMemory Renew(BetaNode node, BetaMemory memory)
    {
        memory.Reset(node);
        Stamp(node, memory);
        return memory;
    }

    /// <summary>Makes a memory this session's; a hashed one is listed for the reset to empty.</summary>
    private void Stamp(BetaNode node, BetaMemory memory)
    {
        memory.Generation = _generation;
        if (memory.Hashed is not null)
        {
            _hashedIds.Add(node.Id);
        }
    }

    /// <summary>
    /// A pooled token, linked under <paramref name="parent"/> and into <paramref name="fact"/>'s list.
    /// A reference that is null is stored as the constant null: unlike storing a variable, that
    /// costs no write barrier, and a barrier costs more than the branch.
    /// </summary>
    public Token NewToken(BetaNode node, Token parent, TokenKind kind, Fact? fact, object? value, long sequence)
    {
        var token = _tokens.Rent();
        token.Node = node;
        token.Parent = parent;
        token.Kind = kind;
        token.Depth = parent.Depth + 1;
        token.Sequence = sequence;
        token.InOutput = false;
        token.Count = 0;
        token.State = null;
        token.PreviousInNode = null;
        token.NextInNode = null;
        token.FirstChild = -1;
        token.PreviousSibling = -1;
        token.PreviousOfFact = -1;
        token.Value = value;
        if (PushFront(ref parent.FirstChild, ref token.NextSibling, token.Index) is var sibling and >= 0)
        {
            _tokens[sibling].PreviousSibling = token.Index;
        }

        if (fact is null)
        {
            token.Fact = null;
            token.NextOfFact = -1;
            return token;
        }

        token.Fact = fact;
        if (PushFront(ref fact.FirstToken, ref token.NextOfFact, token.Index) is var next and >= 0)
        {
            _tokens[next].PreviousOfFact = token.Index;
        }

        return token;
    }

    /// <summary>Puts the token with index <paramref name="token"/> at the head of a list; returns the former head (or -1), whose back link the caller sets.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PushFront(ref int head, ref int tokenNext, int token)
    {
        var former = head;
        tokenNext = former;
        head = token;
        return former;
    }

    /// <summary>The token with this pool index, or null for -1 (the end of a list).</summary>
    public Token? TokenAt(int index) => index < 0 ? null : _tokens[index];

    public void PropagateAssert(BetaNode node, Token token) => PropagateAssert(node, Memory(node), token);

    /// <summary>Adds a token to a node's output (its memory at hand) and passes it to the node's active children.</summary>
    public void PropagateAssert(BetaNode node, BetaMemory memory, Token token)
    {
        memory.AddOutput(token);
        if (node.FusedTerminal is { } terminal)
        {
            terminal.LeftAssert(this, token);
            return;
        }

        var children = memory.ActiveChildren;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftAssert(this, token);
        }
    }

    public void PropagateModify(BetaNode node, Token token)
    {
        var children = Memory(node).ActiveChildren;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].LeftModify(this, token);
        }
    }

    /// <summary>Stops propagating a state token (not/exists no longer passes): removes what was derived from it.</summary>
    public void Withdraw(BetaNode node, Token token)
    {
        var child = TokenAt(token.FirstChild);
        while (child is not null)
        {
            var next = TokenAt(child.NextSibling);
            if (child.Kind != TokenKind.RightMatch)
            {
                RemoveToken(child);
            }

            child = next;
        }

        RemoveFromOutput(node, token);
    }

    /// <summary>Removes a token and everything derived from it.</summary>
    public void RemoveToken(Token token)
    {
        while (token.FirstChild >= 0)
        {
            RemoveToken(_tokens[token.FirstChild]);
        }

        if (token.InOutput)
        {
            RemoveFromOutput(token.Node, token);
        }

        token.Node.OnTokenRemoved(this, token);

        if (token.PreviousSibling < 0)
        {
            token.Parent!.FirstChild = token.NextSibling;
        }
        else
        {
            _tokens[token.PreviousSibling].NextSibling = token.NextSibling;
        }

        if (token.NextSibling >= 0)
        {
            _tokens[token.NextSibling].PreviousSibling = token.PreviousSibling;
        }

        if (token.Fact is { } fact)
        {
            if (token.PreviousOfFact < 0)
            {
                fact.FirstToken = token.NextOfFact;
            }
            else
            {
                _tokens[token.PreviousOfFact].NextOfFact = token.NextOfFact;
            }

            if (token.NextOfFact >= 0)
            {
                _tokens[token.NextOfFact].PreviousOfFact = token.PreviousOfFact;
            }
        }

        if (_current is not null)
        {
            _removedWhileFiring.Add(token);
            return;
        }

        token.Release();
        _tokens.Return(token);
    }

    /// <summary>Returns the tokens removed during the firing that just ended to the pool.</summary>
    private void ReturnTokensRemovedWhileFiring()
    {
        foreach (var token in _removedWhileFiring)
        {
            token.Release();
            _tokens.Return(token);
        }

        _removedWhileFiring.Clear();
    }

    /// <summary>Adds this node's tokens of <paramref name="fact"/> to <paramref name="into"/>.</summary>
    public void TokensOf(Fact fact, BetaNode node, List<Token> into)
    {
        for (var token = TokenAt(fact.FirstToken); token is not null; token = TokenAt(token.NextOfFact))
        {
            if (token.Node == node)
            {
                into.Add(token);
            }
        }
    }

    /// <summary>Whether <paramref name="node"/> made a token of <paramref name="fact"/>.</summary>
    public bool HasTokenOf(Fact fact, BetaNode node)
    {
        for (var token = TokenAt(fact.FirstToken); token is not null; token = TokenAt(token.NextOfFact))
        {
            if (token.Node == node)
            {
                return true;
            }
        }

        return false;
    }

    public void RemoveTokensOf(Fact fact, BetaNode node)
    {
        var tokens = RentTokens();
        TokensOf(fact, node, tokens);
        foreach (var token in tokens)
        {
            RemoveToken(token);
        }

        ReturnTokens(tokens);
    }

    public List<Token> RentTokens() => _tokenLists.Count > 0 ? _tokenLists.Pop() : [];

    public void ReturnTokens(List<Token> tokens)
    {
        tokens.Clear();
        _tokenLists.Push(tokens);
    }

    public List<AggregateResult> RentResults() => _resultLists.Count > 0 ? _resultLists.Pop() : [];

    public void ReturnResults(List<AggregateResult> results)
    {
        results.Clear();
        _resultLists.Push(results);
    }

    public long NextSequence() => ++_sequence;

    private void RemoveFromOutput(BetaNode node, Token token)
    {
        var memory = Memory(node);
        memory.RemoveOutput(token);
        var children = memory.ActiveChildren;
        for (var i = 0; i < children.Count; i++)
        {
            children[i].OnLeftRemoved(this, token);
        }
    }

    private void InitializeActiveChildren(BetaNode node, BetaMemory memory)
    {
        memory.ActiveChildren.Clear();
        var prepared = false;
        foreach (var child in node.Children)
        {
            if (!child.IsLeftUnlinkable)
            {
                memory.ActiveChildren.Add(child);
            }
            else if (child is RightInputNode join && node is not RootNode && AlphaCount(join.Right) > 0)
            {
                if (!prepared)
                {
                    node.PrepareForChild(this, memory);
                    prepared = true;
                }

                memory.ActiveChildren.Add(child);
                memory.ActiveChanged = true;
                if (join.WantsLinkNotices)
                {
                    join.OnRelinked(this, memory);
                }
            }
        }
    }
}
