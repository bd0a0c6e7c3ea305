namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// What happens in a session, as it happens. Raised only to subscribers; a session nobody listens to
/// pays nothing for them. Handlers run on the thread that drives the session.
/// </summary>
public sealed class SessionEvents
{
    /// <summary>A fact entered working memory (by the caller or by an action).</summary>
    public event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was updated.</summary>
    public event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact left working memory.</summary>
    public event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>A rule is about to fire.</summary>
    public event EventHandler<RuleFiringEventArgs>? RuleFiring;

    /// <summary>A rule has fired (its actions completed).</summary>
    public event EventHandler<RuleFiringEventArgs>? RuleFired;

    internal bool HasFactListeners => FactInserted is not null || FactUpdated is not null || FactRetracted is not null;

    internal bool HasRuleListeners => RuleFiring is not null || RuleFired is not null;

    internal void OnFactInserted(object sender, FactEventArgs args) => FactInserted?.Invoke(sender, args);

    internal void OnFactUpdated(object sender, FactEventArgs args) => FactUpdated?.Invoke(sender, args);

    internal void OnFactRetracted(object sender, FactEventArgs args) => FactRetracted?.Invoke(sender, args);

    internal void OnRuleFiring(object sender, RuleFiringEventArgs args) => RuleFiring?.Invoke(sender, args);

    internal void OnRuleFired(object sender, RuleFiringEventArgs args) => RuleFired?.Invoke(sender, args);
}
