using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using JasperFx;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Language;
using Marten;
using Marten.Exceptions;

namespace LoyaltyRules.Host.RuleSets;

/// <summary>
/// Stores rule files as immutable versions, activates them, and answers which version (compiled
/// once, then cached) was in force at any instant. Everything lives in the rule-set stream, so
/// every host sees the same timeline: each question first checks the stream's version (one indexed
/// read) and catches up when another host wrote to it.
/// </summary>
public sealed class RuleSetCatalog(IDocumentStore store, TimeProvider clock) : IDisposable
{
    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<int, Lazy<LoyaltyProgram>> _programs = new();
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private RuleSetHistory _history = RuleSetHistory.Empty;

    /// <summary>The history as of the stream's current version.</summary>
    public async Task<RuleSetHistory> HistoryAsync(CancellationToken cancellation)
    {
        long current;
        await using (var query = store.QuerySession())
        {
            var state = await query.Events.FetchStreamStateAsync(RuleSetVersions.StreamId, cancellation).ConfigureAwait(false);
            current = state?.Version ?? 0;
        }

        return await HistoryAsync(current, cancellation).ConfigureAwait(false);
    }

    /// <summary>The history as of <paramref name="current"/>, the stream version the caller has just read (read only when it is newer than the one known).</summary>
    public async Task<RuleSetHistory> HistoryAsync(long current, CancellationToken cancellation)
    {
        var known = Volatile.Read(ref _history);
        if (known.StreamVersion == current)
        {
            return known;
        }

        await _refresh.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            known = _history;
            if (known.StreamVersion < current)
            {
                await using var query = store.QuerySession();
                var events = await query.Events.FetchStreamAsync(RuleSetVersions.StreamId, version: current, fromVersion: known.StreamVersion + 1, token: cancellation).ConfigureAwait(false);
                known = known.With(current, events.Select(e => e.Data));
                Volatile.Write(ref _history, known);
            }

            return known;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>Checks a rule file without storing it.</summary>
    public static Compilation Check(string fileName, string source) => LoyaltyCompiler.Compile(fileName, source);

    /// <summary>The SHA-256 of a rule file's text, hex: what tells one text from another.</summary>
    public static string ContentHash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    /// <summary>
    /// Stores <paramref name="source"/> as a new version when it compiles without errors; the same text
    /// stored again returns the version it already is. Nothing is stored when it has errors.
    /// </summary>
    public async Task<RuleSetUpload> StoreAsync(string fileName, string source, string author, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compilation = Check(fileName, source);
        if (!compilation.Success)
        {
            return new RuleSetUpload(null, Created: false, compilation);
        }

        var hash = ContentHash(source);
        for (var attempt = 1; ; attempt++)
        {
            var history = await HistoryAsync(cancellation).ConfigureAwait(false);
            if (history.WithHash(hash) is { } existing)
            {
                return new RuleSetUpload(existing, Created: false, compilation);
            }

            var stored = new RuleSetStored(history.Versions.Count + 1, compilation.Program!.Name, fileName, hash, author, clock.GetUtcNow(), source);
            if (await TryAppendAsync(history, stored, cancellation).ConfigureAwait(false))
            {
                _programs.TryAdd(stored.Number, new Lazy<LoyaltyProgram>(compilation.Program));
                return new RuleSetUpload(stored, Created: true, compilation);
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The rule-set stream kept changing while storing '{fileName}'; try again.");
            }
        }
    }

    /// <summary>
    /// Makes version <paramref name="number"/> the active one from <paramref name="effectiveFrom"/>
    /// (now when null). Returns null when there is no such version.
    /// </summary>
    public async Task<RuleSetActivated?> ActivateAsync(int number, DateTimeOffset? effectiveFrom, string activatedBy, CancellationToken cancellation)
    {
        for (var attempt = 1; ; attempt++)
        {
            var history = await HistoryAsync(cancellation).ConfigureAwait(false);
            if (history.Version(number) is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            var activated = new RuleSetActivated(number, effectiveFrom ?? now, activatedBy, now);
            if (await TryAppendAsync(history, activated, cancellation).ConfigureAwait(false))
            {
                return activated;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"The rule-set stream kept changing while activating {RuleSetVersions.Id(number)}; try again.");
            }
        }
    }

    /// <summary>
    /// The version in force at <paramref name="instant"/> and its compiled program; throws
    /// <see cref="NoActiveRuleSetException"/> when none was.
    /// </summary>
    public async Task<ActiveRuleSet> ActiveAtAsync(DateTimeOffset instant, CancellationToken cancellation) =>
        Active(await HistoryAsync(cancellation).ConfigureAwait(false), instant);

    /// <summary>As <see cref="ActiveAtAsync(DateTimeOffset, CancellationToken)"/>, given the rule-set stream's version the caller has just read.</summary>
    public async Task<ActiveRuleSet> ActiveAtAsync(DateTimeOffset instant, long streamVersion, CancellationToken cancellation) =>
        Active(await HistoryAsync(streamVersion, cancellation).ConfigureAwait(false), instant);

    private ActiveRuleSet Active(RuleSetHistory history, DateTimeOffset instant)
    {
        var stored = history.VersionAt(instant)
            ?? throw new NoActiveRuleSetException(history.Activations.Count == 0
                ? "No rule set has been activated yet."
                : $"No rule set was active at {instant:O}: the first activation is effective from {history.Activations.Min(a => a.EffectiveFrom):O}.");
        return new ActiveRuleSet(stored, Program(stored));
    }

    /// <summary>The compiled program of a stored version (compiled on first use, then kept).</summary>
    public LoyaltyProgram Program(RuleSetStored stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var lazy = _programs.GetOrAdd(stored.Number, _ => new Lazy<LoyaltyProgram>(() =>
        {
            var compilation = Check(stored.FileName, stored.Source);
            return compilation.Program ?? throw new InvalidOperationException(
                $"Rule set {stored.Version} no longer compiles: {string.Join("; ", compilation.Errors.Select(e => e.Message))}");
        }));
        return lazy.Value;
    }

    /// <summary>
    /// When nothing was ever activated, stores <paramref name="source"/> and activates it from the
    /// beginning of time, so that every input has a rule set. Safe to call from several hosts at once.
    /// </summary>
    public async Task<RuleSetHistory> EnsureActiveAsync(string fileName, string source, CancellationToken cancellation)
    {
        var history = await HistoryAsync(cancellation).ConfigureAwait(false);
        if (history.Activations.Count > 0)
        {
            return history;
        }

        var upload = await StoreAsync(fileName, source, "host start-up", cancellation).ConfigureAwait(false);
        if (upload.Version is null)
        {
            throw new InvalidOperationException(
                $"The sample rule file '{fileName}' does not compile:{Environment.NewLine}{DiagnosticFormatter.Format(upload.Compilation.Errors)}");
        }

        history = await HistoryAsync(cancellation).ConfigureAwait(false);
        if (history.Activations.Count == 0)
        {
            await ActivateAsync(upload.Version.Number, DateTimeOffset.MinValue, "host start-up", cancellation).ConfigureAwait(false);
        }

        return await HistoryAsync(cancellation).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => _refresh.Dispose();

    private async Task<bool> TryAppendAsync(RuleSetHistory history, object @event, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        if (history.StreamVersion == 0)
        {
            session.Events.StartStream(RuleSetVersions.StreamId, @event);
        }
        else
        {
            session.Events.Append(RuleSetVersions.StreamId, history.StreamVersion + 1, @event);
        }

        try
        {
            await session.SaveChangesAsync(cancellation).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConcurrencyException or ExistingStreamIdCollisionException)
        {
            return false;
        }
    }
}
