using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Benchmarks.Host;

/// <summary>
/// Drives the real host on loopback with the sample banking program over many customers and
/// measures <c>POST /customers/{id}/events</c>: the most it sustains (closed loop), then latency at
/// half that rate (open loop, paced). In the same run, the same events appended straight through
/// Marten without evaluation (the floor): <c>ratio host/raw-append</c>.
/// </summary>
internal static class HostLoadBenchmark
{
    private const int Workers = 32;

    public static async Task<int> RunAsync(bool quick, TextWriter output)
    {
        var connection = Environment.GetEnvironmentVariable("LOYALTYRULES_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("LOYALTYRULES_BENCH_POSTGRES is not set: run this with ./build.sh bench host, which starts PostgreSQL.");
        var customers = quick ? 2_000 : 20_000;
        var phase = TimeSpan.FromSeconds(quick ? 15 : 60);

        // Both sides run at full speed before anything is measured, at least this long and then until they have stopped
        // compiling: the host runs far more code than a bare append, and under load its tiering thread went on
        // recompiling for 25 s, taking 40% of a core from a two-core machine while measured.
        var warmUp = new WarmUp(TimeSpan.FromSeconds(quick ? 10 : 20), TimeSpan.FromSeconds(quick ? 60 : 120));
        var root = RepositoryLayout.PathOf();
        var port = FreePort();
        using var host = StartHost(root, connection, port);
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Workers * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            client.DefaultRequestHeaders.Add("X-Api-Key", "dev-client-key");
            await WaitForHealthAsync(client, host).ConfigureAwait(false);

            output.WriteLine($"enrolling {customers} customers");
            var enrolledAt = DateTimeOffset.UtcNow.AddDays(-30);
            await ParallelAsync(customers, Workers, async i =>
            {
                using var response = await client.PostAsJsonAsync("/customers", new { customerId = CustomerId(i), enrolledAt, segment = "retail" }).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
            }).ConfigureAwait(false);

            var sequence = 0;
            async Task<bool> PostAsync()
            {
                var n = Interlocked.Increment(ref sequence);
                var body = new
                {
                    kind = n % 5 == 0 ? "deposit" : "purchase",
                    occurredAt = DateTimeOffset.UtcNow.AddSeconds(-1),
                    idempotencyKey = "load-" + n.ToString(CultureInfo.InvariantCulture),
                    amount = 10 + (n % 500),
                    currency = "EUR",
                    channel = "card",
                    category = n % 7 == 0 ? "hotel" : "grocery",
                };
                using var response = await client.PostAsJsonAsync($"/customers/{CustomerId(Random.Shared.Next(customers))}/events", body).ConfigureAwait(false);
                return response.StatusCode == HttpStatusCode.Created;
            }

            output.WriteLine($"warming up ({Workers} connections) until the host has stopped compiling, {warmUp}");
            output.WriteLine(await warmUp.RunAsync(ClosedLoopAsync, PostAsync, CompilerActivity.OfProcess(host.Id)).ConfigureAwait(false));
            output.WriteLine($"then {phase.TotalSeconds:0} s at full speed");
            var max = await ClosedLoopAsync(PostAsync, phase).ConfigureAwait(false);
            var rate = max.Throughput / 2;
            output.WriteLine($"then {phase.TotalSeconds:0} s at half that rate ({rate:0}/s)");
            var half = await OpenLoopAsync(PostAsync, rate, phase).ConfigureAwait(false);

            output.WriteLine($"then the floor: the same events appended straight through Marten, warming up the same way, then {phase.TotalSeconds:0} s");
            var raw = await RawAppendAsync(connection, customers, warmUp, phase, output).ConfigureAwait(false);

            output.WriteLine();
            output.WriteLine(Invariant($"host at full speed: {max.Throughput:0} events/s, p50 {max.Percentile(50):0.0} ms, p99 {max.Percentile(99):0.0} ms, errors {max.Errors}"));
            output.WriteLine(Invariant($"host at half speed ({rate:0}/s): p50 {half.Percentile(50):0.0} ms, p99 {half.Percentile(99):0.0} ms, errors {half.Errors}"));
            output.WriteLine(Invariant($"raw Marten append: {raw.Throughput:0} events/s, p50 {raw.Percentile(50):0.0} ms, p99 {raw.Percentile(99):0.0} ms, conflicts {raw.Errors}"));
            output.WriteLine(Invariant($"ratio host/raw-append {max.Throughput / raw.Throughput:0.00}"));
            return max.Errors + half.Errors == 0 ? 0 : 1;
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
                await host.WaitForExitAsync().ConfigureAwait(false);
            }
        }
    }

    private static string CustomerId(int i) => "load-" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static async Task<LoadRun> ClosedLoopAsync(Func<Task<bool>> operation, TimeSpan duration)
    {
        var run = new LoadRun();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (stopwatch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation().ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                run.Record(start, ok);
            }
        })).ConfigureAwait(false);
        run.Elapsed = stopwatch.Elapsed;
        return run;
    }

    /// <summary>Starts operations at a fixed rate whatever their latency (so slow answers show in the percentiles).</summary>
    private static async Task<LoadRun> OpenLoopAsync(Func<Task<bool>> operation, double perSecond, TimeSpan duration)
    {
        var run = new LoadRun();
        var pending = new List<Task>();
        var stopwatch = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        for (var n = 0; stopwatch.Elapsed < duration; n++)
        {
            var due = interval * n;
            var wait = due - stopwatch.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait).ConfigureAwait(false);
            }

            var start = Stopwatch.GetTimestamp();
            pending.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await operation().ConfigureAwait(false);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                run.Record(start, ok);
            }));
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
        run.Elapsed = stopwatch.Elapsed;
        return run;
    }

    /// <summary>The floor: the same inputs appended to customer streams through Marten (events only: no projection, no evaluation, no HTTP).</summary>
    private static async Task<LoadRun> RawAppendAsync(string connection, int customers, WarmUp warmUp, TimeSpan duration, TextWriter output)
    {
        // The host's data source (statements prepared as the host prepares them): the floor differs from the host only by what the host does.
        using var dataSource = LoyaltyDataSource.Create(connection);
        using var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.DatabaseSchemaName = "raw_append";
            options.Events.DatabaseSchemaName = "raw_append";
            options.Events.StreamIdentity = JasperFx.Events.StreamIdentity.AsString;
            options.Events.AddEventTypes(StoredEventTypes.All);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().ConfigureAwait(false);

        // The customers' streams exist already, as they do for the host (each was enrolled).
        var enrolledAt = DateTimeOffset.UtcNow.AddDays(-30);
        foreach (var chunk in Enumerable.Range(0, customers).Chunk(500))
        {
            await using var seed = store.LightweightSession();
            foreach (var i in chunk)
            {
                seed.Events.StartStream(CustomerId(i), new CustomerEnrolled("1", enrolledAt, null, "retail", new Dictionary<string, string>()));
            }

            await seed.SaveChangesAsync().ConfigureAwait(false);
        }

        var sequence = 0;
        async Task<bool> AppendAsync()
        {
            var n = Interlocked.Increment(ref sequence);
            var key = "raw-" + n.ToString(CultureInfo.InvariantCulture);
            var input = new TransactionRecorded(key, DateTimeOffset.UtcNow, "purchase", 10 + (n % 500), "EUR", "card", "grocery", null, null, key);
            await using var session = store.LightweightSession();
            session.Events.Append(CustomerId(Random.Shared.Next(customers)), input);
            try
            {
                await session.SaveChangesAsync().ConfigureAwait(false);
                return true;
            }
            catch (Marten.Exceptions.MartenCommandException)
            {
                return false;
            }
            catch (JasperFx.ConcurrencyException)
            {
                return false;
            }
        }

        output.WriteLine(await warmUp.RunAsync(ClosedLoopAsync, AppendAsync, CompilerActivity.OfThisProcess()).ConfigureAwait(false));
        return await ClosedLoopAsync(AppendAsync, duration).ConfigureAwait(false);
    }

    private static Process StartHost(string root, string connection, int port)
    {
        var dll = Path.Combine(root, "host", "LoyaltyRules.Host", "bin", "Release", "net10.0", "LoyaltyRules.Host.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The host is not built ({dll}); ./build.sh bench host builds it.");
        }

        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(root, "host", "LoyaltyRules.Host")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ConnectionStrings__Loyalty"] = connection;
        start.Environment["Rules__Path"] = Path.Combine(root, "rules");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Sweeps__Daily"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("host: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process host)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {host.ExitCode} before answering /health.");
            }

            try
            {
                using var response = await client.GetAsync("/health").ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500).ConfigureAwait(false);
        }

        throw new TimeoutException("The host did not answer /health within 60 seconds.");
    }

    private static async Task ParallelAsync(int count, int workers, Func<int, Task> body)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                await body(i).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
