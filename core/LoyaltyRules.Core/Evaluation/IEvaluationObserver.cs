using LoyaltyRules.Core.Facts;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>Watches one evaluation as it happens (explanations read the values rules saw at the time).</summary>
internal interface IEvaluationObserver
{
    /// <summary>A rule is about to fire, with what it matched.</summary>
    void RuleFiring(RuleFiringEventArgs firing);

    /// <summary>The rules have finished; the built-in tier and expiry logic has not run yet.</summary>
    void RulesFinished(EvaluationContext evaluation, EventFact input);

    /// <summary>Everything has been decided.</summary>
    void EvaluationFinished(EvaluationContext evaluation);
}
