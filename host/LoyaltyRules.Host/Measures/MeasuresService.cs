using LoyaltyRules.Host.History;
using LoyaltyRules.Host.RuleSets;

namespace LoyaltyRules.Host.Measures;

/// <summary>Measures the program over a period: reads every customer enrolled by its end, a page at a time, and adds them up.</summary>
public sealed class MeasuresService(CustomerHistoryReader reader, RuleSetCatalog ruleSets)
{
    /// <summary>The measures for <paramref name="period"/>. Reads only.</summary>
    public Task<ProgramMeasures> MeasureAsync(ReportingPeriod period, CancellationToken cancellation) => MeasureAsync(period, null, cancellation);

    /// <summary>The measures for <paramref name="period"/>, calling <paramref name="afterPage"/> after each page of customers (a job's heartbeat). Reads only.</summary>
    public async Task<ProgramMeasures> MeasureAsync(ReportingPeriod period, Func<CancellationToken, Task>? afterPage, CancellationToken cancellation)
    {
        var history = await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false);
        var calculator = new MeasuresCalculator(period, instant => history.VersionAt(instant) is { } stored ? ruleSets.Program(stored) : null);
        string? after = null;
        while (true)
        {
            var page = await reader.EnrolledPageAsync(period.To, after, cancellation).ConfigureAwait(false);
            foreach (var customer in await reader.ReadAsync(page, cancellation).ConfigureAwait(false))
            {
                calculator.Add(customer);
            }

            if (afterPage is not null)
            {
                await afterPage(cancellation).ConfigureAwait(false);
            }

            if (page.Count < CustomerHistoryReader.PageSize)
            {
                return calculator.Build();
            }

            after = page[^1];
        }
    }
}
