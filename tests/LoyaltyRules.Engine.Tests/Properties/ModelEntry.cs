namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>One activation the model tracks: the current match and its state.</summary>
internal sealed record ModelEntry(ReferenceMatch Match, ActivationState State);
