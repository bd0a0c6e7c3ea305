using System.Globalization;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Core.State;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Core.Explanations;

/// <summary>
/// One input evaluated again while watching the rules, to explain each decision it caused (the values
/// every condition saw when the rule fired) and why any other rule did not fire (the first condition,
/// in the order written, that did not hold when the rules finished). Evaluation is deterministic, so
/// evaluating the recorded input on the state before it with the version that decided it sees exactly
/// what the original evaluation saw.
/// </summary>
public sealed class InputExplanation : IEvaluationObserver
{
    private readonly LoyaltyProgram _program;
    private readonly string _version;
    private readonly IInputEvent _input;
    private readonly Dictionary<string, Firing> _firings = new(StringComparer.Ordinal);
    private CustomerFact? _customerAfterRules;
    private EventFact? _fact;
    private CustomerFact? _customerAtEnd;

    private InputExplanation(LoyaltyProgram program, string version, IInputEvent input)
    {
        _program = program;
        _version = version;
        _input = input;
    }

    /// <summary>What the evaluation decided.</summary>
    public EvaluationResult Result { get; private set; } = null!;

    /// <summary>Evaluates <paramref name="input"/> for the customer in <paramref name="state"/> (the state before the input) with <paramref name="program"/>, version <paramref name="version"/>.</summary>
    public static InputExplanation Evaluate(LoyaltyProgram program, string version, CustomerState state, IInputEvent input, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        var explanation = new InputExplanation(program, version, input);
        explanation.Result = Evaluator.Evaluate(program, version, state, input, options, explanation);
        return explanation;
    }

    /// <summary>Explains <paramref name="decision"/>, one of the decisions recorded for the input.</summary>
    public DecisionExplanation Explain(IDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var reproduced = Result.Decisions.Contains(decision);
        if (_firings.TryGetValue(decision.Rule, out var firing))
        {
            var rule = Rule(decision.Rule);
            var sentence = $"{Phrase(decision)} by '{decision.Rule}' ({Where(rule)})" + Because(firing.Conditions) + ".";
            return new DecisionExplanation(decision.DecisionId, decision, _version, rule, sentence, firing.Matched, [.. firing.Conditions.Select(c => c.Outcome)], reproduced);
        }

        if (_program.Sources.Rule(decision.Rule) is not null || !BuiltInRules.Contains(decision.Rule))
        {
            var rule = Rule(decision.Rule);
            var sentence = $"{Phrase(decision)} by '{decision.Rule}' ({Where(rule)}), but evaluating the input again with {_version} does not fire that rule: the record and the rules disagree (replay shows where).";
            return new DecisionExplanation(decision.DecisionId, decision, _version, rule, sentence, [], [], reproduced);
        }

        return BuiltIn(decision, reproduced);
    }

    /// <summary>Why the rule named <paramref name="rule"/> did not fire for the input (or that it did); null when the program has no such rule.</summary>
    public RuleMissExplanation? WhyNot(string rule)
    {
        if (!_program.Rules.Any(r => r.Name == rule))
        {
            return null;
        }

        var explained = Rule(rule);
        var where = $"'{rule}' ({Where(explained)})";
        if (_firings.ContainsKey(rule))
        {
            var decided = Result.Decisions.Where(d => d.Rule == rule).Select(Phrase).ToList();
            var what = decided.Count == 0 ? "" : ": " + Join(decided.Select(d => d.ToLowerInvariant()));
            return new RuleMissExplanation(explained, _version, true, $"{where} fired for {Describe(_input)}{what}.", null, []);
        }

        var kind = EventKinds.Of(_input);
        if (_program.Sources.Rule(rule) is not { } source)
        {
            return new RuleMissExplanation(explained, _version, false, $"{where} did not fire for {Describe(_input)}.", null, []);
        }

        if (source.EventKind != kind)
        {
            return new RuleMissExplanation(explained, _version, false, $"{where} did not fire: it runs on {source.EventKind} inputs, and {Describe(_input)} is a {kind}.", null, []);
        }

        var conditions = source.Conditions.Select(c => Outcome(c, _customerAfterRules!, _fact)).ToList();
        var failed = conditions.FirstOrDefault(c => !c.Held);
        var sentence = failed is null
            ? $"{where} did not fire for {Describe(_input)} although all its conditions held when the rules finished: a rule that stops further rules fired first."
            : $"{where} did not fire for {Describe(_input)} because {failed} did not hold.";
        return new RuleMissExplanation(explained, _version, false, sentence, failed, conditions);
    }

    /// <summary>Every rule that did not fire for the input, in declaration order, each with why.</summary>
    public IReadOnlyList<RuleMissExplanation> WhyNot() =>
        [.. _program.Rules.Where(r => !_firings.ContainsKey(r.Name)).Select(r => WhyNot(r.Name)!)];

    void IEvaluationObserver.RuleFiring(RuleFiringEventArgs firing)
    {
        if (_firings.ContainsKey(firing.Rule.Name))
        {
            return;
        }

        var customer = firing.Values.Select(v => v.Value).OfType<CustomerFact>().FirstOrDefault();
        var fact = firing.Values.Select(v => v.Value).OfType<EventFact>().FirstOrDefault();
        var matched = firing.Values.Select(v => new ExplainedFact(v.Declaration.Name, Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "none")).ToList();
        var conditions = customer is null || _program.Sources.Rule(firing.Rule.Name) is not { } source
            ? []
            : source.Conditions.Select(c => (c, Outcome(c, customer, fact))).ToList();
        _firings[firing.Rule.Name] = new Firing(matched, conditions);
    }

    void IEvaluationObserver.RulesFinished(EvaluationContext evaluation, EventFact input)
    {
        // The rules' last view, kept apart from the tier and expiry logic that runs next.
        _customerAfterRules = new EvaluationContext(evaluation.Program, evaluation.RuleSetVersion, evaluation.State.Clone(), evaluation.Input, evaluation.AsOf).Customer;
        _fact = input;
    }

    void IEvaluationObserver.EvaluationFinished(EvaluationContext evaluation) => _customerAtEnd = evaluation.Customer;

    private DecisionExplanation BuiltIn(IDecision decision, bool reproduced)
    {
        var rule = new ExplainedRule(decision.Rule, true, null, null, null);
        (TierSource? Tier, ConditionSource? Condition) tier = decision switch
        {
            TierChanged { ToLevel: var to, FromLevel: var from } up when to > from => Tier(up.To, keep: false),
            TierChanged down => Tier(down.From, keep: true),
            TierReviewed review => Tier(review.Tier, keep: true),
            _ => (null, null),
        };

        if (tier.Tier is { } source)
        {
            rule = rule with { File = source.File, Line = source.Line };
        }

        var conditions = new List<ExplainedCondition>();
        string because;
        if (tier.Condition is { } condition)
        {
            var outcome = Outcome(condition, _customerAtEnd!, null);
            conditions.Add(outcome);
            because = outcome.Held ? $" because {outcome} holds" : $" because {outcome} no longer holds";
        }
        else
        {
            because = decision switch
            {
                PointsDeducted { Rule: BuiltInRules.PointsExpiry } expired when _program.Settings.PointsExpireAfter is { } after =>
                    $" because they were {expired.Reason.Replace("expired: ", "", StringComparison.Ordinal)} and points expire after {after}",
                PointsDeducted deducted => $": {deducted.Reason}",
                TierChanged changed => $": {changed.Reason}",
                _ => "",
            };
        }

        var where = tier.Tier is { } written ? $"rule set {_version}, tier {written.Name} on line {written.Line}" : $"rule set {_version}";
        var sentence = decision is TierReviewed reviewed
            ? $"Tier review of {reviewed.Tier} ({where}): {(reviewed.Retained ? "kept" : "not kept")}{because}."
            : $"{Phrase(decision)} by {decision.Rule} ({where}){because}.";
        return new DecisionExplanation(decision.DecisionId, decision, _version, rule, sentence, [], conditions, reproduced);
    }

    /// <summary>The tier and the condition a move explains itself by: its upgrade condition for a move up, its keep condition (or upgrade) otherwise.</summary>
    private (TierSource?, ConditionSource?) Tier(string name, bool keep)
    {
        var tier = _program.Sources.Tier(name);
        return (tier, keep ? tier?.Keep ?? tier?.Upgrade : tier?.Upgrade);
    }

    private ExplainedRule Rule(string name) =>
        _program.Sources.Rule(name) is { } source
            ? new ExplainedRule(name, false, source.Description, source.File, source.Line)
            : new ExplainedRule(name, BuiltInRules.Contains(name), _program.Rules.FirstOrDefault(r => r.Name == name)?.Description, null, null);

    private string Where(ExplainedRule rule) => rule.Line is { } line ? $"rule set {_version}, line {line}" : $"rule set {_version}";

    private static ExplainedCondition Outcome(ConditionSource condition, CustomerFact customer, EventFact? fact)
    {
        bool held;
        try
        {
            held = condition.Holds(customer, fact);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ExplainedCondition($"{condition.Text} (could not be evaluated: {ex.Message})", false, []);
        }

        var values = condition.Operands.Select(o =>
        {
            try
            {
                return new ExplainedValue(o.Text, o.Describe(customer, fact));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return new ExplainedValue(o.Text, $"(could not be evaluated: {ex.Message})");
            }
        });
        return new ExplainedCondition(condition.Text, held, [.. values]);
    }

    private static string Because(IReadOnlyList<(ConditionSource Source, ExplainedCondition Outcome)> conditions)
    {
        var parts = conditions.Select(c => c.Source.Role switch
        {
            ConditionRole.EventKind => $"it is a {c.Source.Text}",
            ConditionRole.Currency => c.Source.Text,
            _ => c.Outcome.ToString(),
        }).ToList();
        return parts.Count == 0 ? "" : " because " + Join(parts);
    }

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string Describe(IInputEvent input) => $"{EventKinds.Of(input)} {input.InputId}";

    /// <summary>What a decision did, as the start of a sentence.</summary>
    private static string Phrase(IDecision decision) => decision switch
    {
        PointsAwarded a => $"Awarded {Points(a.Points)}" + (a.AvailableOn is { } on ? $" (available from {Day(on)})" : ""),
        PointsDeducted d => $"Deducted {Points(d.Points)}",
        TierChanged t => $"Moved from {t.From} to {t.To}",
        TierReviewed r => $"Reviewed tier {r.Tier}: {(r.Retained ? "kept" : "not kept")}",
        RateOffered r => $"Offered a discount of {Number(r.DiscountBasisPoints)} bp on \"{r.Product}\" until {Day(r.ValidUntil)}",
        OfferGranted o => $"Granted offer \"{o.Code}\"" + (o.ValidUntil is { } until ? $" until {Day(until)}" : ""),
        GiftGranted g => $"Granted gift \"{g.Gift}\"" + (g.ValidUntil is { } until ? $" until {Day(until)}" : ""),
        SegmentTagged s => $"Tagged the customer \"{s.Segment}\"",
        NotificationEmitted n => $"Asked for notification \"{n.Template}\"",
        RuleFired f => f.Key.Length == 0 ? "Noted the rule's 'once' limit" : $"Noted the rule's 'once' limit for \"{f.Key}\"",
        _ => decision.GetType().Name,
    };

    private static string Points(long points) => points == 1 ? "1 point" : Number(points) + " points";

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Firing(IReadOnlyList<ExplainedFact> Matched, IReadOnlyList<(ConditionSource Source, ExplainedCondition Outcome)> Conditions);
}
