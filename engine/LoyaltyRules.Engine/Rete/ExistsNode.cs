namespace LoyaltyRules.Engine.Rete;

/// <summary>Passes a left token once while at least one right fact matches it.</summary>
internal sealed class ExistsNode(int id, BetaNode leftParent, int outputDepth, AlphaMemoryNode right, JoinTests tests)
    : CountingNode(id, leftParent, outputDepth, right, tests)
{
    protected override bool Passes(int count) => count > 0;

    public override string ToString() => $"Exists#{Id}({Right})";
}
