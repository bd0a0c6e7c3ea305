using System.Collections.Concurrent;
using System.Threading.Channels;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.RuleSets;
using Marten;

namespace LoyaltyRules.Host.Evaluation;

/// <summary>
/// Group commit: inputs of different customers that arrive while a write is under way are recorded
/// together — one round trip fetches all their streams (and the rule-set stream's version), each is
/// evaluated on its own state, and one transaction appends them all, each stream still checked for
/// concurrent appends. Nobody waits for a batch to fill: a writer takes whatever is pending, so a lone
/// input goes at once and batches grow only with load. Anything a batch cannot settle — a refused
/// input, a repeated idempotency key, another host's append — is recorded on its own, by the same path
/// as every other input, so answers never depend on the company an input kept.
/// </summary>
public sealed partial class CustomerEvaluator : IAsyncDisposable, IDisposable
{
    /// <summary>The most inputs one transaction records.</summary>
    private const int MaxBatch = 64;

    /// <summary>Writers running at once: while one waits for the database, the next batch is evaluated.</summary>
    private const int Writers = 2;

    /// <summary>Inputs recorded on their own at once after a batch failed: a failed batch of 64 must not take 64 connections.</summary>
    private const int MaxAlone = 8;

    private readonly Channel<BatchedInput> _pending = Channel.CreateUnbounded<BatchedInput>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly SemaphoreSlim _aloneSlots = new(MaxAlone, MaxAlone);
    private readonly ConcurrentDictionary<Task, bool> _alone = new();
    private readonly Lock _start = new();
    private Task[]? _writers;

    /// <summary>Stops taking batches; inputs already queued are still recorded (without waiting for them).</summary>
    public void Dispose() => _pending.Writer.TryComplete();

    /// <summary>Stops taking batches and waits until the inputs already queued are recorded, in batches or on their own.</summary>
    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        if (Volatile.Read(ref _writers) is { } writers)
        {
            await Task.WhenAll(writers).ConfigureAwait(false);
        }

        await Task.WhenAll(_alone.Keys).ConfigureAwait(false);
    }

    private static Func<IDocumentSession, string, CancellationToken, Task<Prepared>> Prepare(Func<string, IInputEvent> build) =>
        (_, inputId, _) => Task.FromResult(new Prepared(build(inputId), null));

    /// <summary>Queues the input for the next batch and waits for its outcome (the caller holds the customer's lock throughout).</summary>
    private async Task<RecordOutcome> RecordInBatchAsync(Request request, Func<string, IInputEvent> build, CancellationToken cancellation)
    {
        EnsureWriters();
        var input = new BatchedInput(request, build, cancellation);
        if (!_pending.Writer.TryWrite(input))
        {
            // Shutting down: record it on its own.
            return await RecordLockedAsync(request, appendEmpty: true, Prepare(build), cancellation).ConfigureAwait(false);
        }

        // Not cancellable once queued: the batch may be writing it, and the customer's lock must stay held until it has.
        return await input.Done.Task.ConfigureAwait(false);
    }

    private void EnsureWriters()
    {
        if (Volatile.Read(ref _writers) is not null)
        {
            return;
        }

        lock (_start)
        {
            // The writers serve every request: they must not carry the first one's context (its trace, its log scopes).
            using (ExecutionContext.SuppressFlow())
            {
                _writers ??= [.. Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteLoopAsync))];
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _pending.Reader;
        var batch = new List<BatchedInput>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var next))
            {
                if (next.Cancellation.IsCancellationRequested)
                {
                    next.Done.TrySetCanceled(next.Cancellation);
                    continue;
                }

                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await WriteBatchAsync(batch).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Whatever happened, no request waits forever and the writer goes on.
                Log.WriterFailed(_logger, ex, batch.Count);
                foreach (var input in batch)
                {
                    input.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task WriteBatchAsync(List<BatchedInput> batch)
    {
        var alone = new List<BatchedInput>();
        try
        {
            await using var session = store.LightweightSession();
            var query = session.CreateBatchQuery();
            var fetches = batch.Select(b => query.Events.FetchForWriting<CustomerState>(b.Request.CustomerId)).ToList();
            var fetchRuleSets = query.Events.FetchStreamState(RuleSetVersions.StreamId);
            await query.Execute(CancellationToken.None).ConfigureAwait(false);
            var ruleSetStream = await fetchRuleSets.ConfigureAwait(false);

            var staged = new List<(BatchedInput Input, RecordOutcome Outcome)>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var pending = batch[i];
                try
                {
                    var stream = await fetches[i].ConfigureAwait(false);
                    var prepared = new Prepared(pending.Build(NextInputId(stream)), null);
                    var evaluated = await EvaluateAsync(pending.Request.CustomerId, stream, ruleSetStream?.Version ?? 0, prepared, CancellationToken.None).ConfigureAwait(false);
                    staged.Add((pending, Stage(session, stream, pending.Request, evaluated)));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Refused, or perhaps a repeat: the input's own path gives the right answer.
                    alone.Add(pending);
                }
            }

            if (staged.Count > 0)
            {
                try
                {
                    await session.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                    foreach (var (input, outcome) in staged)
                    {
                        input.Done.TrySetResult(outcome);
                    }
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // One repeated key or one lost race fails the whole transaction: each input is recorded on its own.
                    if (IsConflict(ex))
                    {
                        Log.BatchConflicted(_logger, staged.Count);
                    }
                    else
                    {
                        Log.BatchFailed(_logger, ex, staged.Count);
                    }

                    alone.AddRange(staged.Select(s => s.Input));
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The fetch itself failed (the database is unreachable, say): each input on its own path reports its own error.
            Log.BatchFailed(_logger, ex, batch.Count);
            alone = [.. batch.Where(b => !b.Done.Task.IsCompleted)];
        }

        foreach (var input in alone)
        {
            var task = RecordAloneAsync(input);
            _alone.TryAdd(task, true);
            _ = task.ContinueWith(done => _alone.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task RecordAloneAsync(BatchedInput input)
    {
        await _aloneSlots.WaitAsync().ConfigureAwait(false);
        try
        {
            input.Done.TrySetResult(await RecordLockedAsync(input.Request, appendEmpty: true, Prepare(input.Build), input.Cancellation).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (input.Cancellation.IsCancellationRequested)
        {
            input.Done.TrySetCanceled(input.Cancellation);
        }
        catch (Exception ex)
        {
            input.Done.TrySetException(ex);
        }
        finally
        {
            _aloneSlots.Release();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "A batch of {Count} inputs met a repeated key or another host's append; each is recorded on its own")]
        public static partial void BatchConflicted(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} inputs could not be recorded; each is recorded on its own")]
        public static partial void BatchFailed(ILogger logger, Exception exception, int count);

        [LoggerMessage(Level = LogLevel.Error, Message = "A batch writer failed with {Count} inputs in hand; they were answered with the error")]
        public static partial void WriterFailed(ILogger logger, Exception exception, int count);
    }

    private sealed record BatchedInput(Request Request, Func<string, IInputEvent> Build, CancellationToken Cancellation)
    {
        public TaskCompletionSource<RecordOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
