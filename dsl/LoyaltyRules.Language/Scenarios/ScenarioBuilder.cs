using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>Puts parsed lines together into scenarios and checks them.</summary>
internal sealed class ScenarioBuilder(DiagnosticBag diagnostics)
{
    /// <summary>Inputs that are not attributes of the schema but name things the inputs need.</summary>
    private static readonly Dictionary<string, string[]> ExtraAttributes = new(StringComparer.Ordinal)
    {
        [EventKinds.Complaint] = ["id"],
        [EventKinds.ComplaintResolved] = ["id"],
    };

    private readonly List<Scenario> _scenarios = [];
    private string? _rules;
    private (string Name, TextSpan Span)? _current;
    private List<StepBuilder> _steps = [];

    public (string? Rules, IReadOnlyList<Scenario> Scenarios) Build(IReadOnlyList<ScenarioLine> lines)
    {
        foreach (var line in lines)
        {
            switch (line)
            {
                case RulesLine rules when _rules is null && _current is null:
                    _rules = rules.Path;
                    break;
                case RulesLine rules:
                    Error(rules.Span, "the 'rules' line comes once, before the first scenario");
                    break;
                case ScenarioHeaderLine header:
                    Close();
                    _current = (header.Name, header.Span);
                    break;
                case EventLine when _current is null:
                case ExpectLine when _current is null:
                    Error(line.Span, "start a scenario with 'scenario \"name\"' before its events");
                    break;
                case EventLine step:
                    AddStep(step);
                    break;
                case ExpectLine expect when _steps.Count == 0:
                    Error(expect.Span, "an 'expect' line follows the event it is about");
                    break;
                case ExpectLine expect:
                    AddExpectation(_steps[^1], expect);
                    break;
                default:
                    break;
            }
        }

        Close();
        return (_rules, _scenarios);
    }

    private void AddStep(EventLine line)
    {
        var isEnrolment = line.KindWord is null;
        if (isEnrolment != (_steps.Count == 0))
        {
            Error(line.Span, isEnrolment ? "a scenario has one 'customer enrolled' line, its first" : "a scenario starts with 'customer enrolled DATE'");
        }

        if (line.Date.Value is not { } date)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidDate, line.Date.Span, line.Date.Text, Calendar.WhyNotADate(line.Date.Text));
            return;
        }

        var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(line.Time is { } t ? Math.Min(t.Hours, 23) : 12, line.Time?.Minutes is { } m ? Math.Min(m, 59) : 0)), TimeSpan.Zero);
        if (_steps.Count > 0 && at < _steps[^1].At)
        {
            Error(line.Date.Span, $"events come in time order: this one is before the one at line {diagnostics.Source.PositionOf(_steps[^1].Span.Start).Line}");
        }

        if (!CheckKind(line))
        {
            return;
        }

        var attributes = new Dictionary<string, ScenarioValue>(StringComparer.Ordinal);
        foreach (var attribute in line.Attributes)
        {
            if (!attributes.TryAdd(attribute.Name, attribute.Value))
            {
                Error(attribute.NameSpan, $"'{attribute.Name}' is given twice");
            }
        }

        ScenarioValue? reverses = null;
        if (line.Reverses is { } label)
        {
            if (_steps.FirstOrDefault(s => s.Label == label.Text) is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownLabel, label.Span, label.Text, Suggestions.DidYouMean(label.Text, _steps.Select(s => s.Label).OfType<string>()));
                return;
            }

            reverses = new ScenarioValue(label.Text, label.Span);
        }

        if (line.Label is { } own && _steps.Any(s => s.Label == own.Text))
        {
            Error(own.Span, $"the label '{own.Text}' is already used in this scenario");
        }

        _steps.Add(new StepBuilder(line.Span, at, line.Kind, line.Amount?.Value, line.Amount?.Unit == "points" ? null : line.Amount?.Unit, attributes, line.Label?.Text, reverses));
    }

    /// <summary>Checks the kind, its amount and its attributes.</summary>
    private bool CheckKind(EventLine line)
    {
        var kind = FactSchema.Kind(line.Kind);
        if (kind is null || (line.KindWord is not null && kind.Name == EventKinds.Enrolment))
        {
            var hint = kind is null ? Suggestions.DidYouMean(line.Kind, FactSchema.Kinds.Select(k => k.Name)) : ": write 'customer enrolled DATE' instead";
            diagnostics.Report(DiagnosticCatalog.UnknownEventKind, line.KindWord!.Span, line.Kind, hint);
            return false;
        }

        var ok = true;
        var needsAmount = kind.IsTransaction || kind.Name == EventKinds.Redemption;
        if (needsAmount && line.Amount is null)
        {
            Error(line.KindWord!.Span, kind.IsTransaction
                ? $"a {kind.Name} needs an amount, for example: on 2026-01-11 {kind.Name} 120.00 EUR"
                : "a redemption needs the points spent, for example: on 2026-01-11 redemption 500 points reward \"voucher\"");
            ok = false;
        }
        else if (!needsAmount && line.Amount is { } amount)
        {
            Error(amount.Span, $"a {kind.Name} has no amount");
            ok = false;
        }

        if (kind.Name == EventKinds.Reversal && line.Reverses is null)
        {
            Error(line.KindWord!.Span, "say what is reversed: on DATE reversal of <label>, where an earlier event ends with 'as <label>'");
            ok = false;
        }

        var allowed = kind.Attributes.Select(a => a.Name)
            .Where(n => n is not ("date" or "amount" or "currency" or "reversed_kind" or "reversed_amount") && !(kind.Name == EventKinds.Redemption && n == "points"))
            .Concat(ExtraAttributes.GetValueOrDefault(kind.Name, []))
            .ToList();
        foreach (var attribute in line.Attributes)
        {
            if (!allowed.Contains(attribute.Name))
            {
                var hint = allowed.Count == 0 ? "" : Suggestions.Closest(attribute.Name, allowed) is { } close ? $"; did you mean '{close}'?" : $"; it has {SyntaxParser.JoinAlternatives(allowed)}";
                diagnostics.Report(DiagnosticCatalog.ScenarioAttribute, attribute.NameSpan, kind.Name, attribute.Name, hint);
                ok = false;
            }
            else if (kind.Attribute(attribute.Name) is { } definition && !Fits(definition.Type, attribute.Value.Value))
            {
                Error(attribute.Value.Span, $"'{attribute.Name}' is {Describe(definition.Type)}");
                ok = false;
            }
        }

        return ok;
    }

    private static bool Fits(ValueKind type, object value) => type switch
    {
        ValueKind.Date => value is DateOnly,
        ValueKind.Number or ValueKind.Money or ValueKind.Points => value is decimal,
        _ => value is string,
    };

    private static string Describe(ValueKind type) => type switch
    {
        ValueKind.Date => "a date, such as 2026-01-31",
        ValueKind.Number or ValueKind.Money or ValueKind.Points => "a number",
        _ => "text in quotes",
    };

    private void AddExpectation(StepBuilder step, ExpectLine line)
    {
        var nothing = line.Expectation.Kind == "nothing";
        if (nothing ? step.Expectations.Count > 0 : step.Expectations.Any(e => e.Kind == "nothing"))
        {
            Error(line.Span, "'expect nothing' cannot go with other expectations for the same event");
            return;
        }

        step.Expectations.Add(line.Expectation);
    }

    private void Close()
    {
        if (_current is { } current)
        {
            if (_steps.Count == 0)
            {
                Error(current.Span, $"scenario \"{current.Name}\" has no events: add 'customer enrolled DATE'");
            }

            _scenarios.Add(new Scenario(current.Name, current.Span, [.. _steps.Select(s => s.ToStep())]));
        }

        _current = null;
        _steps = [];
    }

    private void Error(TextSpan span, string message) => diagnostics.Report(DiagnosticCatalog.ScenarioOrder, span, message);

    private sealed record StepBuilder(TextSpan Span, DateTimeOffset At, string Kind, decimal? Amount, string? Currency, Dictionary<string, ScenarioValue> Attributes, string? Label, ScenarioValue? Reverses)
    {
        public List<ExpectedDecision> Expectations { get; } = [];

        public ScenarioStep ToStep() => new(Span, At, Kind, Amount, Currency, Attributes, Label, Reverses, [.. Expectations.Where(e => e.Kind != "nothing")]);
    }
}
