namespace LoyaltyRules.Engine.Rete;

/// <summary>Passes a left token while no right fact matches it.</summary>
internal sealed class NotNode(int id, BetaNode leftParent, int outputDepth, AlphaMemoryNode right, JoinTests tests)
    : CountingNode(id, leftParent, outputDepth, right, tests)
{
    protected override bool Passes(int count) => count == 0;

    public override string ToString() => $"Not#{Id}({Right})";
}
