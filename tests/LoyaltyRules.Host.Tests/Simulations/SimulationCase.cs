using System.Globalization;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using JasperFx.Events;
using LoyaltyRules.Host.History;
using LoyaltyRules.Language;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>
/// The hand-computed case: a program paying 1 point per 10 EUR with Silver from 300 points, a draft
/// paying 1 per 5 with Silver from 200, and three customers whose February 2026 is worked out by hand.
/// </summary>
internal static class SimulationCase
{
    public const string Recorded = """
        program "Simulation tests"

        currency EUR

        tier Classic default
        tier Silver when points earned within 12 months >= 300

        rule "Card spend earns 1 point per 10"
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 10) points as "card spend"
        """;

    public const string Draft = """
        program "Simulation tests, richer"

        currency EUR

        tier Classic default
        tier Silver when points earned within 12 months >= 200

        rule "Card spend earns 1 point per 5"
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 5) points as "card spend"
        """;

    public static readonly ReportingPeriod February = new(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28));

    public static LoyaltyProgram Compile(string source)
    {
        var compilation = LoyaltyCompiler.Compile("case.loyalty", source);
        Assert.True(compilation.Success, string.Join(Environment.NewLine, compilation.Diagnostics));
        return compilation.Program!;
    }

    public static DateTimeOffset On(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// a: enrolled 5 Jan, buys 500 on 10 Jan (50 points, before the period), 1000 on 3 Feb and 400 on 10 Feb
    /// (recorded 140 more: 190, Classic; draft 280 more on the recorded 50: 330, Silver from 200); NPS 9 then 6.
    /// b: enrolled 1 Feb, buys 1600 on 5 Feb and 2000 on 8 Feb, the 2000 refunded on 20 Feb (recorded 160+200−200 = 160,
    /// Silver at 360; draft 320+400−400 = 320, Silver at 320); NPS 10.
    /// c: enrolled 20 Jan, buys 300 on 5 Mar, after the period (30 points): nothing in February.
    /// </summary>
    public static IReadOnlyList<CustomerEvents> Histories(LoyaltyProgram recorded)
    {
        var a = new HistoryBuilder("a", recorded);
        a.Enrol(On(1, 5));
        a.Purchase(On(1, 10), 500);
        a.Purchase(On(2, 3), 1000);
        a.Purchase(On(2, 10), 400);
        a.Add(id => new SurveyAnswered(id, On(2, 15), 9, null, null, "s1"));
        a.Add(id => new SurveyAnswered(id, On(2, 16), 6, null, null, "s2"));

        var b = new HistoryBuilder("b", recorded);
        b.Enrol(On(2, 1));
        b.Purchase(On(2, 5), 1600);
        var refunded = b.Purchase(On(2, 8), 2000);
        b.Add(id => new TransactionReversed(id, On(2, 20), refunded, EventKinds.Purchase, 2000, On(2, 8), "refund", "r1"));
        b.Add(id => new SurveyAnswered(id, On(2, 21), 10, null, null, "s3"));

        var c = new HistoryBuilder("c", recorded);
        c.Enrol(On(1, 20));
        c.Purchase(On(3, 5), 300);
        return [a.History, b.History, c.History];
    }

    /// <summary>Records a customer's stream in memory, each input evaluated under a program as the host would.</summary>
    internal sealed class HistoryBuilder(string customerId, LoyaltyProgram program)
    {
        private readonly List<IEvent> _events = [];
        private readonly Dictionary<string, IReadOnlyList<IDecision>> _decisions = new(StringComparer.Ordinal);
        private CustomerState _state = new() { Id = customerId };

        /// <summary>The stream as the store would give it: each input followed by its decisions, versions from 1.</summary>
        public CustomerEvents History => new(customerId, [.. _events]);

        public string Enrol(DateTimeOffset at) => Add(id => new CustomerEnrolled(id, at, null, "retail", new Dictionary<string, string>()));

        public string Purchase(DateTimeOffset at, decimal amount) =>
            Add(id => new TransactionRecorded(id, at, EventKinds.Purchase, amount, "EUR", "card", null, null, null, "p" + id));

        public string Add(Func<string, IInputEvent> build)
        {
            var input = build((_events.Count + 1).ToString(CultureInfo.InvariantCulture));
            var reversed = input is TransactionReversed reversal ? _decisions[reversal.ReversedInputId] : null;
            var result = Evaluator.Evaluate(program, "v1", _state, input, new EvaluationOptions(ReversedDecisions: reversed));
            _state = result.State;
            _decisions[input.InputId] = result.Decisions;
            Append(input);
            foreach (var decision in result.Decisions)
            {
                Append(decision);
            }

            return input.InputId;
        }

        private void Append(object data) => _events.Add(new Event<object>(data) { Version = _events.Count + 1 });
    }
}
