using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// With Fire interleaved with changes, a model of pending and fired activations (repeatable and
/// non-repeatable rules, see <see cref="ActivationTransitions"/>) predicts the agenda exactly, in
/// firing order, and every Fire fires exactly the predicted activations in that order.
/// </summary>
public sealed class FiringOrderProperties
{
    [Fact]
    public void Fire_InterleavedWithChanges_FiresExactlyThePredictedPendingMatchesInDocumentedOrder()
    {
        var factory = RuleCompiler.Compile(TestRuleSet.Rules);
        var reference = new ReferenceEvaluator(TestRuleSet.Rules);
        Prop.ForAll(ScenarioArbitrary.Create(withFiring: true), scenario => new FiringOrderRun(factory, reference).Check(scenario))
            .Check(PropertyRuns.Config);
    }
}
