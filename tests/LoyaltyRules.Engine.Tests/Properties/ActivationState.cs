namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Where the model believes an activation is.</summary>
internal enum ActivationState
{
    /// <summary>On the agenda, waiting to fire.</summary>
    Pending,

    /// <summary>Fired, and not made pending again since.</summary>
    Fired,
}
