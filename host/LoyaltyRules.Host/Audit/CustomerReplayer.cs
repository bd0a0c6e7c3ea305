using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Language.Scenarios;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Host.Audit;

/// <summary>
/// Re-runs a customer's recorded inputs, in order, each with the rule-set version that was active at
/// its time, and compares what the replay decides with what was recorded. The replay continues from
/// the recorded history (each input and its recorded decisions applied), so one divergence is
/// reported where it happens and does not cascade. Reads only: nothing is ever written.
/// </summary>
public sealed class CustomerReplayer(IDocumentStore store, RuleSetCatalog ruleSets)
{
    /// <summary>The most customers one page of <see cref="ReplayPageAsync"/> replays.</summary>
    public const int MaxPageSize = 500;

    /// <summary>What a replayed input names as its version when no rule set was active at its time.</summary>
    public const string NoVersion = "none";

    /// <summary>The replay of <paramref name="customerId"/>'s stream; throws <see cref="CustomerNotFoundException"/> when there is none.</summary>
    public async Task<ReplayReport> ReplayAsync(string customerId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(customerId, token: cancellation).ConfigureAwait(false);
        if (events.Count == 0)
        {
            throw new CustomerNotFoundException($"There is no customer '{customerId}'.");
        }

        return Replay(await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false), customerId, events);
    }

    /// <summary>
    /// Replays every customer, a page at a time in customer-id order: up to <paramref name="limit"/>
    /// customers whose id comes after <paramref name="after"/> (from the first when null). The page's
    /// <see cref="ReplayPage.Next"/> is the cursor for the following page, null after the last.
    /// </summary>
    public async Task<ReplayPage> ReplayPageAsync(string? after, int limit, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPageSize);
        await using var session = store.QuerySession();
        var ids = await session.Query<CustomerState>().IdsAfterAsync(after, limit + 1, cancellation).ConfigureAwait(false);
        var history = await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false);
        var reports = new List<ReplayReport>(Math.Min(ids.Count, limit));

        // The next customer's stream is read (on a second session) while this one is replayed: reading waits on the
        // database, replaying on the processor, and each hides the other.
        await using var other = store.QuerySession();
        IQuerySession[] readers = [session, other];
        var count = Math.Min(ids.Count, limit);
        var next = count > 0 ? readers[0].Events.FetchStreamAsync(ids[0], token: cancellation) : null;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var events = await next!.ConfigureAwait(false);
                next = i + 1 < count ? readers[(i + 1) % 2].Events.FetchStreamAsync(ids[i + 1], token: cancellation) : null;
                reports.Add(Replay(history, ids[i], events));
            }
        }
        finally
        {
            // A replay that failed leaves the read ahead running: let it finish before its session goes.
            if (next is not null)
            {
                await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }

        return new ReplayPage(reports, ids.Count > limit ? ids[limit - 1] : null);
    }

    /// <remarks>
    /// While the replay agrees with the record, the one state is evaluated in place (the replay's state is then the
    /// record's); from the first input that diverges, the state is rebuilt from the record and each input is evaluated on
    /// a copy, with its recorded decisions applied after.
    /// </remarks>
    private ReplayReport Replay(RuleSetHistory history, string customerId, IReadOnlyList<JasperFx.Events.IEvent> events)
    {
        var state = new CustomerState { Id = customerId };
        var agreed = true;
        var entries = new List<ReplayedInput>();
        foreach (var recorded in RecordedHistory.Inputs(customerId, events))
        {
            var entry = Replay(history, state, recorded, inPlace: agreed);
            entries.Add(entry);
            if (!agreed || entry.ReplayedVersion == NoVersion)
            {
                // Nothing was evaluated on the state (or only on a copy): the record moves it on.
                RecordedHistory.Fold(state, recorded);
            }
            else if (!entry.Identical)
            {
                agreed = false;
                state = RecordedHistory.StateAfter(customerId, events, recorded.End);
            }
        }

        return new ReplayReport(customerId, entries.Count, entries.Count(e => !e.Identical), entries);
    }

    private ReplayedInput Replay(RuleSetHistory history, CustomerState state, RecordedInputEntry step, bool inPlace)
    {
        var (input, recorded) = (step.Input, step.Decisions);
        var kind = EventKinds.Of(input);
        var recordedVersion = recorded.Count > 0 ? recorded[0].RuleSetVersion : null;
        if (history.VersionAt(input.OccurredAt) is not { } stored)
        {
            return new ReplayedInput(input.InputId, kind, input.OccurredAt, recordedVersion, NoVersion, recorded.Count == 0,
                recorded.Count == 0 ? [] : [$"no rule set was active at {input.OccurredAt:O}, but {recorded.Count} decision(s) were recorded"], Responses(recorded), [], recorded.Count);
        }

        IReadOnlyList<IDecision> replayed;
        try
        {
            var program = ruleSets.Program(stored);
            var options = new EvaluationOptions(ReversedDecisions: step.Reversed);
            replayed = (inPlace
                ? Evaluator.EvaluateInPlace(program, stored.Version, state, input, options)
                : Evaluator.Evaluate(program, stored.Version, state, input, options)).Decisions;
        }
        catch (InvalidInputException ex)
        {
            return new ReplayedInput(input.InputId, kind, input.OccurredAt, recordedVersion, stored.Version, false, [$"the replay refused the input: {ex.Message}"], Responses(recorded), [], recorded.Count);
        }

        var differences = Differences(recorded, replayed);
        return differences.Count == 0
            ? new ReplayedInput(input.InputId, kind, input.OccurredAt, recordedVersion, stored.Version, true, [], [], [], recorded.Count)
            : new ReplayedInput(input.InputId, kind, input.OccurredAt, recordedVersion, stored.Version, false, differences, Responses(recorded), Responses(replayed), recorded.Count);
    }

    private static List<DecisionResponse> Responses(IReadOnlyList<IDecision> decisions) => [.. decisions.Select(DecisionResponse.From)];

    /// <summary>Decision by decision, in order: what was recorded and what the replay decided instead.</summary>
    private static List<string> Differences(IReadOnlyList<IDecision> recorded, IReadOnlyList<IDecision> replayed)
    {
        var differences = new List<string>();
        for (var i = 0; i < Math.Max(recorded.Count, replayed.Count); i++)
        {
            var before = i < recorded.Count ? recorded[i] : null;
            var after = i < replayed.Count ? replayed[i] : null;
            if (before is not null && before.Equals(after))
            {
                continue;
            }

            differences.Add((before, after) switch
            {
                (null, { } extra) => $"decision {i + 1}: the replay also decided: {Describe(extra)}",
                ({ } missing, null) => $"decision {i + 1}: recorded {Describe(missing)}, which the replay did not decide",
                _ => $"decision {i + 1}: recorded {Describe(before!)}, replayed {Describe(after!)}",
            });
        }

        return differences;
    }

    private static string Describe(IDecision decision) =>
        $"{DecisionText.Describe(decision)} ({decision.RuleSetVersion})";
}
