using System.Text.Json;
using System.Text.Json.Nodes;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Audit;
using LoyaltyRules.Language;
using LoyaltyRules.Language.Scenarios;
using LoyaltyRules.Testing;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Evaluation;

/// <summary>
/// The sample programs end to end through the store: every scenario of rules/ is recorded through
/// the host's evaluator (each scenario a customer of its own) and must pass as it does in memory;
/// after every input the stored customer state must be exactly the state the evaluation produced.
/// </summary>
public sealed class SampleProgramStoreTests(PostgresServer server)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("retail-banking")]
    [InlineData("retail-store")]
    public async Task Scenarios_RecordedThroughTheStore_PassAndTheStoredStateIsTheEvaluatedState(string program)
    {
        await using var store = await EvaluationStore.CreateAsync(server, program);
        var rulesPath = RepositoryLayout.PathOf("rules", program + ".loyalty");
        var scenariosPath = RepositoryLayout.PathOf("rules", program + ".scenarios");
        await store.ActivateAsync(await File.ReadAllTextAsync(rulesPath, Cancellation), fileName: program + ".loyalty");
        var file = ScenarioParser.Parse(new SourceText(scenariosPath, await File.ReadAllTextAsync(scenariosPath, Cancellation)));
        var currency = (await store.RuleSets.ActiveAtAsync(DateTimeOffset.MaxValue, Cancellation)).Program.Currency;
        var customers = 0;

        var results = await ScenarioRunner.RunAsync(file, currency, _ => StoredCustomer(store, $"{program}-{++customers}"));

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Failures)));

        // The recorded history replays to exactly the record, and every recorded decision is explained and reproduced.
        var page = await new CustomerReplayer(store.Store, store.RuleSets).ReplayPageAsync(null, CustomerReplayer.MaxPageSize, Cancellation);
        Assert.Equal(customers, page.Customers.Count);
        Assert.All(page.Customers, c => Assert.True(c.Identical, c.CustomerId + ": " + string.Join("; ", c.Entries.SelectMany(e => e.Differences))));
        var explainer = new DecisionExplainer(store.Store, store.RuleSets);
        var explained = 0;
        foreach (var customer in page.Customers)
        {
            foreach (var decision in (await store.StreamAsync(customer.CustomerId)).OfType<IDecision>().Where(d => d is not RuleFired))
            {
                var explanation = await explainer.ExplainAsync(customer.CustomerId, decision.DecisionId, Cancellation);
                Assert.True(explanation.Reproduced, explanation.Sentence);
                Assert.Contains(decision.Rule, explanation.Sentence, StringComparison.OrdinalIgnoreCase);
                explained++;
            }
        }

        Assert.True(explained >= 20, $"only {explained} decisions were explained");
    }

    private static ScenarioRecorder StoredCustomer(EvaluationStore store, string customerId)
    {
        var storedIds = new Dictionary<string, string>(StringComparer.Ordinal);
        return async (input, _) =>
        {
            var outcome = input switch
            {
                TransactionReversed reversal => await store.Evaluator.ReverseAsync(
                    customerId, storedIds[reversal.ReversedInputId], reversal.OccurredAt, reversal.Reason, reversal.IdempotencyKey, Cancellation),
                SweepEvaluated sweep => await store.Evaluator.SweepAsync(customerId, sweep.Date, Cancellation),
                _ => await store.Evaluator.RecordAsync(customerId, KeyOf(input), id => WithId(input, id), Cancellation),
            };
            storedIds[input.InputId] = outcome.Input.InputId;
            if (outcome.Appended)
            {
                // (A sweep that decides nothing appends nothing, so the stored state rightly stays as it was.)
                var stored = await store.StateAsync(customerId);
                Assert.Equal(Canonical(outcome.State), Canonical(stored));
            }
            return outcome.Decisions;
        };
    }

    /// <summary>JSON with every object's properties in name order: PostgreSQL's jsonb keeps its own key order, and dictionary order carries no meaning.</summary>
    private static string Canonical(object? value) => Sorted(JsonSerializer.SerializeToNode(value))?.ToJsonString() ?? "null";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };

    private static string KeyOf(IInputEvent input) => input switch
    {
        CustomerEnrolled => "enrolment",
        TransactionRecorded t => t.IdempotencyKey,
        ReferralMade r => r.IdempotencyKey,
        SurveyAnswered s => s.IdempotencyKey,
        ComplaintFiled c => c.IdempotencyKey,
        ComplaintResolved c => c.IdempotencyKey,
        PointsRedeemed p => p.IdempotencyKey,
        _ => throw new ArgumentException($"No key for {input.GetType().Name}", nameof(input)),
    };

    private static IInputEvent WithId(IInputEvent input, string id) => input switch
    {
        CustomerEnrolled e => e with { InputId = id },
        TransactionRecorded t => t with { InputId = id },
        ReferralMade r => r with { InputId = id },
        SurveyAnswered s => s with { InputId = id },
        ComplaintFiled c => c with { InputId = id },
        ComplaintResolved c => c with { InputId = id },
        PointsRedeemed p => p with { InputId = id },
        _ => throw new ArgumentException($"Cannot re-id {input.GetType().Name}", nameof(input)),
    };
}
