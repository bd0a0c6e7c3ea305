using System.Globalization;
using JasperFx;
using IEventStream = JasperFx.Events.IEventStream<LoyaltyRules.Core.State.CustomerState>;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Storage;
using Marten;
using Marten.Exceptions;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoyaltyRules.Host.Evaluation;

/// <summary>
/// Records a customer's inputs: evaluates each with the rule-set version in force at its time and
/// appends the input and all its decisions in one transaction, with optimistic concurrency on the
/// customer's stream. A repeated idempotency key returns the original decisions and appends nothing;
/// a conflict (another host wrote first) re-reads and re-evaluates, so no decision is applied twice.
/// </summary>
public sealed partial class CustomerEvaluator(IDocumentStore store, RuleSetCatalog ruleSets, CustomerLocks locks, ILogger<CustomerEvaluator>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CustomerEvaluator>.Instance;

    /// <summary>
    /// How many times an evaluation is tried when it keeps losing the race for the stream to other
    /// hosts (within a host, a customer's evaluations queue and never race).
    /// </summary>
    public const int MaxAttempts = 25;

    /// <summary>Records <paramref name="build"/>'s input (given its id) unless <paramref name="idempotencyKey"/> was already recorded.</summary>
    public Task<RecordOutcome> RecordAsync(string customerId, string idempotencyKey, Func<string, IInputEvent> build, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(build);
        return RecordCoreAsync(customerId, idempotencyKey, appendEmpty: true, Prepare(build), cancellation, batchable: build);
    }

    /// <summary>
    /// Reverses the transaction recorded as <paramref name="reversedInputId"/>: takes back exactly the
    /// points it awarded at the time (read from the stream, never recomputed), and its effect on the
    /// rolling figures; the program's tier consequences follow.
    /// </summary>
    public Task<RecordOutcome> ReverseAsync(string customerId, string reversedInputId, DateTimeOffset occurredAt, string? reason, string idempotencyKey, CancellationToken cancellation) =>
        RecordCoreAsync(customerId, idempotencyKey, appendEmpty: true, async (session, inputId, token) =>
        {
            var original = await session.LoadAsync<RecordedInput>(RecordedInput.IdFor(customerId, reversedInputId), token).ConfigureAwait(false)
                ?? throw new InputNotFoundException($"Customer '{customerId}' has no event '{reversedInputId}' to reverse.");
            if (original.ReversedBy is not null)
            {
                throw new InvalidInputException($"Event '{reversedInputId}' of customer '{customerId}' was already reversed by event '{original.ReversedBy}'.");
            }

            var recorded = await ReadAsync(session, original, token).ConfigureAwait(false);
            if (recorded.Input is not TransactionRecorded transaction)
            {
                throw new InvalidInputException($"Event '{reversedInputId}' of customer '{customerId}' is a {original.Kind}; only transactions can be reversed.");
            }

            if (occurredAt < transaction.OccurredAt)
            {
                throw new InvalidInputException($"A reversal cannot happen before the transaction it reverses ({transaction.OccurredAt:O}).");
            }

            original.ReversedBy = inputId;
            session.Store(original);
            var input = new TransactionReversed(inputId, occurredAt, transaction.InputId, transaction.Kind, transaction.Amount, transaction.OccurredAt, reason, idempotencyKey);
            return new Prepared(input, recorded.Decisions);
        }, cancellation);

    /// <summary>
    /// Runs the time-based rules for <paramref name="date"/>: records the sweep and its decisions when
    /// there are any; a customer for whom nothing changes gets nothing appended. The same date twice
    /// changes nothing.
    /// </summary>
    public Task<RecordOutcome> SweepAsync(string customerId, DateOnly date, CancellationToken cancellation)
    {
        var key = SweepKey(date);
        var occurredAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return RecordCoreAsync(customerId, key, appendEmpty: false, (_, inputId, _) => Task.FromResult(new Prepared(new SweepEvaluated(inputId, occurredAt, date), null)), cancellation);
    }

    /// <summary>The idempotency key of a sweep date.</summary>
    private static string SweepKey(DateOnly date) => "sweep:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<RecordOutcome> RecordCoreAsync(
        string customerId, string idempotencyKey, bool appendEmpty, Func<IDocumentSession, string, CancellationToken, Task<Prepared>> prepare, CancellationToken cancellation,
        Func<string, IInputEvent>? batchable = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        using var held = await locks.AcquireAsync(customerId, cancellation).ConfigureAwait(false);
        var request = new Request(customerId, idempotencyKey, Guid.NewGuid());
        return batchable is null
            ? await RecordLockedAsync(request, appendEmpty, prepare, cancellation).ConfigureAwait(false)
            : await RecordInBatchAsync(request, batchable, cancellation).ConfigureAwait(false);
    }

    /// <summary>Records one input on its own, the customer's lock held by the caller: the path every input can take, with its retries.</summary>
    private async Task<RecordOutcome> RecordLockedAsync(
        Request request, bool appendEmpty, Func<IDocumentSession, string, CancellationToken, Task<Prepared>> prepare, CancellationToken cancellation)
    {
        var (customerId, idempotencyKey, _) = request;
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();

            // The first try assumes the key is new (the unique index on customer and key catches it if
            // not); after a collision, or when the input is refused, the key is looked up and the
            // original decisions returned.
            async Task<RecordOutcome?> DuplicateAsync()
            {
                var existing = await session.Query<RecordedInput>()
                    .FirstOrDefaultAsync(r => r.CustomerId == customerId && r.IdempotencyKey == idempotencyKey, cancellation).ConfigureAwait(false);
                if (existing is null)
                {
                    return null;
                }

                // Written by this very request, in a commit whose answer was lost: the first post, not a repeat.
                var own = existing.WrittenBy == request.Id;
                var original = await ReadAsync(session, existing, cancellation).ConfigureAwait(false);
                return new RecordOutcome(customerId, original.Input, original.Decisions, existing.RuleSetVersion, Duplicate: !own, Appended: own, State: null);
            }

            if (attempt > 1 && await DuplicateAsync().ConfigureAwait(false) is { } duplicate)
            {
                return duplicate;
            }

            // One round trip: the customer's stream and state for writing, and the rule-set stream's version.
            var batch = session.CreateBatchQuery();
            var fetchStream = batch.Events.FetchForWriting<CustomerState>(customerId);
            var fetchRuleSets = batch.Events.FetchStreamState(RuleSetVersions.StreamId);
            await batch.Execute(cancellation).ConfigureAwait(false);
            var stream = await fetchStream.ConfigureAwait(false);
            var ruleSetStream = await fetchRuleSets.ConfigureAwait(false);
            Evaluated evaluated;
            try
            {
                var prepared = await prepare(session, NextInputId(stream), cancellation).ConfigureAwait(false);
                evaluated = await EvaluateAsync(customerId, stream, ruleSetStream?.Version ?? 0, prepared, cancellation).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt == 1 && ex is InvalidInputException or InputNotFoundException or CustomerNotFoundException or NoActiveRuleSetException)
            {
                // A retried post can be refused as a new input (enrolled twice, reversed twice): it is not new.
                if (await DuplicateAsync().ConfigureAwait(false) is { } earlier)
                {
                    return earlier;
                }

                throw;
            }

            if (!appendEmpty && evaluated.Result.Decisions.Count == 0)
            {
                return new RecordOutcome(customerId, evaluated.Input, [], evaluated.RuleSet.Version, Duplicate: false, Appended: false, evaluated.Result.State);
            }

            var outcome = Stage(session, stream, request, evaluated);
            try
            {
                await session.SaveChangesAsync(cancellation).ConfigureAwait(false);
                return outcome;
            }
            catch (Exception ex) when (IsConflict(ex) && attempt < MaxAttempts)
            {
                // Another host appended first: start over from what it wrote, after a random pause
                // that grows with each lost race, so that two hosts stop colliding.
                await Task.Delay(Random.Shared.Next(1, 2 << Math.Min(attempt, 6)), cancellation).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The id the next input of the stream gets: its version in the stream.</summary>
    private static string NextInputId(IEventStream stream) => ((stream.CurrentVersion ?? 0) + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Evaluates a prepared input on the stream's state with the rule set active at its time.</summary>
    private async Task<Evaluated> EvaluateAsync(string customerId, IEventStream stream, long ruleSetStreamVersion, Prepared prepared, CancellationToken cancellation)
    {
        if (stream.Aggregate is null && prepared.Input is not CustomerEnrolled)
        {
            throw new CustomerNotFoundException($"There is no customer '{customerId}': enrol the customer first.");
        }

        var state = stream.Aggregate ?? new CustomerState { Id = customerId };
        var ruleSet = await ruleSets.ActiveAtAsync(prepared.Input.OccurredAt, ruleSetStreamVersion, cancellation).ConfigureAwait(false);
        var result = Evaluator.Evaluate(ruleSet.Program, ruleSet.Version, state, prepared.Input, new EvaluationOptions(ReversedDecisions: prepared.Reversed));
        return new Evaluated(prepared.Input, ruleSet, result);
    }

    /// <summary>Stages the input, its decisions and its idempotency record in the session (written by its next SaveChanges).</summary>
    private static RecordOutcome Stage(IDocumentSession session, IEventStream stream, Request request, Evaluated evaluated)
    {
        var (customerId, idempotencyKey, requestId) = request;
        var first = (stream.CurrentVersion ?? 0) + 1;
        var (input, ruleSet, result) = (evaluated.Input, evaluated.RuleSet, evaluated.Result);
        stream.AppendOne(input);
        stream.AppendMany(result.Decisions.Cast<object>().ToArray());
        session.Insert(new RecordedInput
        {
            Id = RecordedInput.IdFor(customerId, input.InputId),
            CustomerId = customerId,
            InputId = input.InputId,
            IdempotencyKey = idempotencyKey,
            Kind = EventKinds.Of(input),
            OccurredAt = input.OccurredAt,
            RuleSetVersion = ruleSet.Version,
            FromVersion = first,
            ToVersion = first + result.Decisions.Count,
            WrittenBy = requestId,
        });
        return new RecordOutcome(customerId, input, result.Decisions, ruleSet.Version, Duplicate: false, Appended: true, result.State);
    }

    private static bool IsConflict(Exception ex) =>
        ex is ConcurrencyException or ExistingStreamIdCollisionException or DocumentAlreadyExistsException
        || (ex is MartenCommandException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } });

    private static async Task<RecordedEvaluation> ReadAsync(IQuerySession session, RecordedInput recorded, CancellationToken cancellation)
    {
        var events = await session.Events.FetchStreamAsync(recorded.CustomerId, version: recorded.ToVersion, fromVersion: recorded.FromVersion, token: cancellation).ConfigureAwait(false);
        var input = events.Count > 0 && events[0].Data is IInputEvent data
            ? data
            : throw new InvalidOperationException($"The stream of '{recorded.CustomerId}' has no input at version {recorded.FromVersion}.");
        return new RecordedEvaluation(recorded, input, [.. events.Skip(1).Select(e => e.Data).OfType<IDecision>()]);
    }

    /// <summary>One request to record an input: its customer, its idempotency key, and its own id (kept through every retry).</summary>
    private readonly record struct Request(string CustomerId, string IdempotencyKey, Guid Id);

    private sealed record Prepared(IInputEvent Input, IReadOnlyList<IDecision>? Reversed);

    private sealed record Evaluated(IInputEvent Input, ActiveRuleSet RuleSet, EvaluationResult Result);
}
