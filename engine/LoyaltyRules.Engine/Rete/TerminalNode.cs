using LoyaltyRules.Engine.Agenda;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// The end of one or-alternative of one rule: a complete match that passes the rule's filters
/// becomes an activation on the agenda. Owns what firing needs: the actions and the layout of the
/// matched values.
/// </summary>
internal sealed class TerminalNode(int id, BetaNode leftParent, CompiledRule rule, int alternative, BranchLayout layout, FilterSet filters)
    : BetaNode(id, leftParent, leftParent.OutputDepth + 1)
{
    public CompiledRule Rule { get; } = rule;

    /// <summary>Which or-alternative of the rule this is, from 0.</summary>
    public int Alternative { get; } = alternative;

    public BranchLayout Layout { get; } = layout;

    public FilterSet Filters { get; } = filters;

    /// <summary>Whether there are filters, kept on the node: each match reads it, and the filter set is another object to load.</summary>
    private readonly bool _filtered = !filters.IsEmpty;

    /// <summary>
    /// Priority (descending), declaration order and alternative packed into one number, so the agenda
    /// compares two activations of different rules with one comparison.
    /// </summary>
    public ulong SortKey { get; } =
        ((ulong)~((uint)rule.Priority ^ 0x8000_0000u) << 32) | ((ulong)(uint)rule.Index << 8) | (uint)alternative;

    /// <summary>The rule's actions, compiled against this alternative's layout.</summary>
    public ActionSet Actions { get; set; } = null!;

    /// <summary>
    /// True when this terminal is the only child of a join, binding, not or exists node: its
    /// activations then live on the parent's tokens (in <see cref="Token.State"/>, unused there)
    /// instead of on terminal tokens of their own — one object less per match.
    /// </summary>
    public bool Fused { get; set; }

    public override void LeftAssert(SessionCore session, Token left)
    {
        if (!_filtered || Filters.Pass(left, Rules))
        {
            Activate(session, left);
        }
    }

    public override void LeftModify(SessionCore session, Token left)
    {
        var activation = Fused ? left.State as Activation : FindChild(session, left, TokenKind.Terminal)?.State as Activation;
        var passes = !_filtered || Filters.Pass(left, Rules);
        if (activation is null)
        {
            if (passes)
            {
                Activate(session, left);
            }

            return;
        }

        if (!passes)
        {
            Deactivate(session, left, activation);
            return;
        }

        // The match changed: a repeatable rule that already fired for it is due again.
        if (!activation.IsPending && Rule.IsRepeatable)
        {
            session.Agenda.Add(activation);
        }
    }

    /// <summary>A fused activation's tuple is leaving its node's output: the match is gone.</summary>
    public override void OnLeftRemoved(SessionCore session, Token left)
    {
        if (Fused && left.State is Activation activation)
        {
            left.State = null;
            Drop(session, activation);
        }
    }

    /// <summary>A terminal token is being removed (the match is gone).</summary>
    public override void OnTokenRemoved(SessionCore session, Token token) => Drop(session, (Activation)token.State!);

    private void Activate(SessionCore session, Token left)
    {
        if (Fused)
        {
            var activation = session.NewActivation(this, left, null);
            left.State = activation;
            session.Agenda.Add(activation);
            return;
        }

        var token = session.NewToken(this, left, TokenKind.Terminal, null, null, 0);
        var owned = session.NewActivation(this, left, token);
        token.State = owned;
        session.Agenda.Add(owned);
    }

    private static void Deactivate(SessionCore session, Token left, Activation activation)
    {
        if (activation.Token is { } token)
        {
            session.RemoveToken(token);
            return;
        }

        left.State = null;
        Drop(session, activation);
    }

    private static void Drop(SessionCore session, Activation activation)
    {
        session.Agenda.Remove(activation);
        session.Release(activation);
    }

    public override string ToString() => $"Terminal#{Id}({Rule.Definition.Name}/{Alternative})";
}
