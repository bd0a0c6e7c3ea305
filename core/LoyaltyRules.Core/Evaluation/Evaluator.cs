using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Core.State;
using LoyaltyRules.Engine;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// The evaluation pipeline: customer state + input + program → decisions. Pure and deterministic:
/// the same state, input and program give the same decisions, in the same order, on every run —
/// time comes from the input, never from a clock.
/// </summary>
/// <remarks>
/// Order: the input is applied to a copy of the state (so rolling figures include it); a reversal
/// first takes back the points the reversed input awarded; the program's rules fire; then the
/// built-in tier logic runs (a review on a sweep, re-qualification after a reversal when the program
/// asks for it, then upgrades) and, on a sweep, points expiry.
/// </remarks>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="input"/> for the customer in <paramref name="state"/> (which is not changed) under <paramref name="program"/>, whose decisions name <paramref name="ruleSetVersion"/>. Throws <see cref="InvalidInputException"/> when the input cannot apply to this customer.</summary>
    public static EvaluationResult Evaluate(LoyaltyProgram program, string ruleSetVersion, CustomerState state, IInputEvent input, EvaluationOptions? options = null) =>
        Evaluate(program, ruleSetVersion, state, input, options, observer: null, inPlace: false);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(LoyaltyProgram, string, CustomerState, IInputEvent, EvaluationOptions?)"/>, but on
    /// <paramref name="state"/> itself instead of a copy: afterwards it is the state after the input and its decisions (the
    /// result's <see cref="EvaluationResult.State"/>). For callers that walk a history and keep only the latest state (replay).
    /// An input refused with <see cref="InvalidInputException"/> leaves the state unchanged.
    /// </summary>
    public static EvaluationResult EvaluateInPlace(LoyaltyProgram program, string ruleSetVersion, CustomerState state, IInputEvent input, EvaluationOptions? options = null) =>
        Evaluate(program, ruleSetVersion, state, input, options, observer: null, inPlace: true);

    /// <summary>Evaluates as above, telling <paramref name="observer"/> about each firing and the end of the rules (explanations use it).</summary>
    internal static EvaluationResult Evaluate(LoyaltyProgram program, string ruleSetVersion, CustomerState state, IInputEvent input, EvaluationOptions? options, IEvaluationObserver? observer, bool inPlace = false)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        options ??= EvaluationOptions.Default;
        Validate(state, input);

        var working = inPlace ? state : state.Clone();
        working.ApplyEvent(input);
        var asOf = working.LastActivity;
        var evaluation = new EvaluationContext(program, ruleSetVersion, working, input, asOf);

        if (input is TransactionReversed reversed)
        {
            Compensate(evaluation, reversed, options.ReversedDecisions ?? []);
        }

        SessionTraceHolder trace;
        using (var session = program.Factory.CreateSession(new SessionOptions { Trace = options.Trace }))
        {
            var fact = EventFact.For(input);
            if (observer is not null)
            {
                session.Events.RuleFiring += (_, firing) => observer.RuleFiring(firing);
            }

            session.Insert(evaluation.Customer);
            session.Insert(fact);
            session.Fire();
            observer?.RulesFinished(evaluation, fact);
            trace = new SessionTraceHolder(session.Trace);
        }

        Tiers.Qualify(evaluation);
        if (input is SweepEvaluated)
        {
            PointsExpiry.Apply(evaluation);
        }

        observer?.EvaluationFinished(evaluation);
        return new EvaluationResult(input, [.. evaluation.Decisions], trace.Trace, working);
    }

    private static void Validate(CustomerState state, IInputEvent input)
    {
        if (input is CustomerEnrolled && state.Enrolled)
        {
            throw new InvalidInputException($"Customer '{state.Id}' is already enrolled (since {state.EnrolledOn:yyyy-MM-dd}).");
        }

        if (input is not CustomerEnrolled && !state.Enrolled)
        {
            throw new InvalidInputException($"Customer '{state.Id}' is not enrolled: enrol the customer before recording a {EventKinds.Of(input)}.");
        }

        if (input is PointsRedeemed redeemed && redeemed.Points > state.AvailablePoints)
        {
            throw new InvalidInputException($"Customer '{state.Id}' has {state.AvailablePoints} points available and cannot redeem {redeemed.Points}.");
        }
    }

    /// <summary>Takes back exactly the points the reversed input awarded at the time (never recomputed with today's rules).</summary>
    private static void Compensate(EvaluationContext evaluation, TransactionReversed reversed, IReadOnlyList<IDecision> originals)
    {
        foreach (var awarded in originals.OfType<PointsAwarded>())
        {
            var stillPending = evaluation.State.Pending.Any(p => p.DecisionId == awarded.DecisionId);
            evaluation.Record(new PointsDeducted(
                evaluation.NextDecisionId(), BuiltInRules.Reversal, evaluation.RuleSetVersion, reversed.InputId,
                awarded.Points, $"reversal of {reversed.ReversedInputId} ({awarded.Reason})", stillPending ? awarded.DecisionId : null,
                CustomerState.DayOf(reversed.ReversedOccurredAt)));
        }
    }

    /// <summary>Carries the trace out of the disposed session (it is copied when read).</summary>
    private sealed record SessionTraceHolder(Engine.Diagnostics.SessionTrace Trace);
}
