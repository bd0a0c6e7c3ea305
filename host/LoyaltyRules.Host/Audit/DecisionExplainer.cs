using System.Text.Json;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.RuleSets;
using Marten;

namespace LoyaltyRules.Host.Audit;

/// <summary>
/// Explains recorded decisions and the rules that did not fire: the recorded input is evaluated again,
/// on the state the stream had just before it, with the rule-set version that decided it, while the
/// rules are watched. Reads only.
/// </summary>
public sealed class DecisionExplainer(IDocumentStore store, RuleSetCatalog ruleSets)
{
    /// <summary>Why <paramref name="decisionId"/> was decided; throws <see cref="CustomerNotFoundException"/> or <see cref="RecordNotFoundException"/>.</summary>
    public async Task<DecisionExplanationResponse> ExplainAsync(string customerId, string decisionId, CancellationToken cancellation)
    {
        var (step, history) = await FindAsync(customerId, s => s.Decisions.Any(d => d.DecisionId == decisionId), $"decision '{decisionId}'", cancellation).ConfigureAwait(false);
        var decision = step.Decisions.First(d => d.DecisionId == decisionId);
        var stored = history.Versions.FirstOrDefault(v => v.Version == decision.RuleSetVersion)
            ?? throw new RecordNotFoundException($"Decision '{decisionId}' names rule-set version '{decision.RuleSetVersion}', which is not stored.");
        var explained = Evaluate(stored, step).Explain(decision);
        return new DecisionExplanationResponse(
            customerId, InputResponse.From(step.Input), DecisionResponse.From(decision), explained.RuleSetVersion, explained.Rule,
            explained.Sentence, explained.Matched, explained.Conditions, explained.Reproduced);
    }

    /// <summary>
    /// Why the rules did not fire for the recorded input <paramref name="eventId"/>: only <paramref name="rule"/> when
    /// given, otherwise every rule that did not fire. Uses the version that decided the input (the one active at its time
    /// when it decided nothing).
    /// </summary>
    public async Task<WhyNotResponse> WhyNotAsync(string customerId, string eventId, string? rule, CancellationToken cancellation)
    {
        var (step, history) = await FindAsync(customerId, s => s.Input.InputId == eventId, $"input '{eventId}'", cancellation).ConfigureAwait(false);
        var stored = (step.Decisions.Count > 0 ? history.Versions.FirstOrDefault(v => v.Version == step.Decisions[0].RuleSetVersion) : history.VersionAt(step.Input.OccurredAt))
            ?? throw new RecordNotFoundException($"No rule set was active at {step.Input.OccurredAt:O}, when input '{eventId}' happened.");
        var explanation = Evaluate(stored, step);
        IReadOnlyList<RuleMissExplanation> rules = rule is null
            ? explanation.WhyNot()
            : [explanation.WhyNot(rule) ?? throw new RecordNotFoundException($"Rule-set {stored.Version} has no rule named '{rule}'.")];
        return new WhyNotResponse(customerId, InputResponse.From(step.Input), stored.Version, rules);
    }

    private InputExplanation Evaluate(RuleSetStored stored, RecordedStep step) =>
        InputExplanation.Evaluate(ruleSets.Program(stored), stored.Version, step.Before, step.Input, new EvaluationOptions(ReversedDecisions: step.Reversed));

    private async Task<(RecordedStep Step, RuleSetHistory History)> FindAsync(string customerId, Func<RecordedStep, bool> wanted, string what, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(customerId, token: cancellation).ConfigureAwait(false);
        if (events.Count == 0)
        {
            throw new CustomerNotFoundException($"There is no customer '{customerId}'.");
        }

        // The walk stops at the step wanted: the last step it gives is that one, or the stream's last when none was.
        var step = RecordedHistory.Steps(customerId, events, wanted).LastOrDefault();
        if (step is null || !wanted(step))
        {
            throw new RecordNotFoundException($"Customer '{customerId}' has no {what}.");
        }
        return (step, await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false));
    }
}

/// <summary>A decision, its input or a rule the question names is not in the record.</summary>
public sealed class RecordNotFoundException(string message) : Exception(message);

/// <summary>A recorded input.</summary>
/// <param name="EventId">Its id in the customer's stream.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Data">The input's fields.</param>
public sealed record InputResponse(string EventId, string Kind, DateTimeOffset OccurredAt, JsonElement Data)
{
    /// <summary>The response for an input.</summary>
    public static InputResponse From(IInputEvent input) =>
        new(input.InputId, EventKinds.Of(input), input.OccurredAt, JsonSerializer.SerializeToElement(input, input.GetType(), JsonSerializerOptions.Web));
}

/// <summary>Why a recorded decision was made.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Input">The input that caused it.</param>
/// <param name="Decision">The decision as recorded.</param>
/// <param name="RuleSetVersion">The rule-set version that made it.</param>
/// <param name="Rule">The rule (name, file and line in that version's source), or the built-in behaviour.</param>
/// <param name="Sentence">The explanation in a sentence.</param>
/// <param name="Matched">The facts the rule matched, as they were when it fired.</param>
/// <param name="Conditions">Each condition, whether it held and the values it saw.</param>
/// <param name="Reproduced">Whether evaluating the input again with that version gives this decision back.</param>
public sealed record DecisionExplanationResponse(
    string CustomerId, InputResponse Input, DecisionResponse Decision, string RuleSetVersion, ExplainedRule Rule,
    string Sentence, IReadOnlyList<ExplainedFact> Matched, IReadOnlyList<ExplainedCondition> Conditions, bool Reproduced);

/// <summary>Why rules did not fire for a recorded input.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Input">The input.</param>
/// <param name="RuleSetVersion">The rule-set version it was evaluated with.</param>
/// <param name="Rules">The rule asked about, or every rule that did not fire, in declaration order.</param>
public sealed record WhyNotResponse(string CustomerId, InputResponse Input, string RuleSetVersion, IReadOnlyList<RuleMissExplanation> Rules);
