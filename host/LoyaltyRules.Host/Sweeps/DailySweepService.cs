using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Sweeps;

/// <summary>
/// Runs the sweep once a day at <see cref="SweepOptions.At"/> (UTC) for that day's date, and at
/// start-up for today when that time has passed (a sweep already run changes nothing).
/// </summary>
public sealed class DailySweepService(SweepRunner runner, IOptions<SweepOptions> options, TimeProvider clock, ILogger<DailySweepService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Daily)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var next = now.Date + options.Value.At;
        if (next <= now.UtcDateTime)
        {
            await RunAsync(DateOnly.FromDateTime(now.UtcDateTime), stoppingToken).ConfigureAwait(false);
            next = next.AddDays(1);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = new DateTimeOffset(next, TimeSpan.Zero) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, stoppingToken).ConfigureAwait(false);
            }

            await RunAsync(DateOnly.FromDateTime(next), stoppingToken).ConfigureAwait(false);
            next = next.AddDays(1);
        }
    }

    private async Task RunAsync(DateOnly date, CancellationToken stoppingToken)
    {
        try
        {
            await runner.RunAsync(date, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SweepLog.DailyFailed(logger, ex, date);
        }
    }
}
