using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Host.Sweeps;

/// <summary>
/// Evaluates the time-based rules (birthdays, dormancy, offer and points expiry, tier reviews) for a
/// date. Candidates come from the customer-state documents — enrolled customers not yet swept for the
/// date, read in pages by id — never from the event streams. Each is recorded like any other input, so
/// replay reproduces it; one whose sweep decides nothing gets nothing appended. The same date twice
/// changes nothing.
/// </summary>
public sealed class SweepRunner(IDocumentStore store, CustomerEvaluator evaluator, ILogger<SweepRunner> logger)
{
    private const int PageSize = 500;

    /// <summary>Runs the sweep for <paramref name="date"/>.</summary>
    public async Task<SweepReport> RunAsync(DateOnly date, CancellationToken cancellation)
    {
        var candidates = 0;
        var affected = 0;
        var decisions = 0;
        var failures = new List<SweepFailure>();
        string? after = null;
        while (true)
        {
            var page = await PageAsync(date, after, cancellation).ConfigureAwait(false);
            foreach (var customerId in page)
            {
                candidates++;
                try
                {
                    var outcome = await evaluator.SweepAsync(customerId, date, cancellation).ConfigureAwait(false);
                    if (outcome.Appended)
                    {
                        affected++;
                        decisions += outcome.Decisions.Count;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    SweepLog.CustomerFailed(logger, ex, date, customerId);
                    failures.Add(new SweepFailure(customerId, ex.Message));
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = page[^1];
        }

        SweepLog.Finished(logger, date, candidates, affected, decisions, failures.Count);
        return new SweepReport(date, candidates, affected, decisions, failures);
    }

    private async Task<IReadOnlyList<string>> PageAsync(DateOnly date, string? after, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        return await query.Query<CustomerState>().Where(s => s.Enrolled && (s.LastSweep == null || s.LastSweep < date))
            .IdsAfterAsync(after, PageSize, cancellation).ConfigureAwait(false);
    }
}
