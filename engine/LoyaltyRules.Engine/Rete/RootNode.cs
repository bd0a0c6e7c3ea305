namespace LoyaltyRules.Engine.Rete;

/// <summary>The top of the beta network: its one token (depth 0, no value) is the empty match every rule starts from.</summary>
internal sealed class RootNode() : BetaNode(0, null, 0)
{
    public override void LeftAssert(SessionCore session, Token left) =>
        throw new InvalidOperationException("The root node has no parent.");

    public override void LeftModify(SessionCore session, Token left) =>
        throw new InvalidOperationException("The root node has no parent.");

    public override string ToString() => "Root";
}
