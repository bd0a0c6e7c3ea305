namespace LoyaltyRules.Engine;

/// <summary>Node counts of a compiled network: how much the compiler could share.</summary>
/// <param name="Rules">Rules compiled.</param>
/// <param name="Alternatives">Or-alternatives (one terminal each).</param>
/// <param name="TypeNodes">Fact types the network dispatches on.</param>
/// <param name="SelectionNodes">Single-fact condition tests (after sharing).</param>
/// <param name="HashDispatchNodes">Groups of equality-with-constant tests replaced by one hash lookup.</param>
/// <param name="AlphaMemories">Distinct single-fact patterns (after sharing).</param>
/// <param name="JoinNodes">Join nodes (after sharing).</param>
/// <param name="HashedJoinNodes">Join nodes that look matches up through hash indexes.</param>
/// <param name="NotNodes">Not nodes.</param>
/// <param name="ExistsNodes">Exists nodes.</param>
/// <param name="AggregateNodes">Aggregate nodes.</param>
/// <param name="BindingNodes">Binding nodes.</param>
public sealed record NetworkStatistics(
    int Rules,
    int Alternatives,
    int TypeNodes,
    int SelectionNodes,
    int HashDispatchNodes,
    int AlphaMemories,
    int JoinNodes,
    int HashedJoinNodes,
    int NotNodes,
    int ExistsNodes,
    int AggregateNodes,
    int BindingNodes);
