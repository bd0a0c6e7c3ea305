namespace LoyaltyRules.Language.Scenarios;

/// <summary>How one scenario went: passed, or the expectations it failed, each at its line.</summary>
public sealed record ScenarioResult(SourceText Source, Scenario Scenario, IReadOnlyList<ScenarioFailure> Failures)
{
    /// <summary>True when every event caused exactly the decisions expected.</summary>
    public bool Passed => Failures.Count == 0;
}

/// <summary>A failed expectation (or an unexpected decision) at a line of the scenario file.</summary>
public sealed record ScenarioFailure(SourceText Source, TextSpan Span, string Scenario, string Message)
{
    /// <summary>1-based line and column.</summary>
    public LinePosition Position => Source.PositionOf(Span.Start);

    /// <summary><c>file(line,col): scenario "name": message</c>.</summary>
    public override string ToString() => $"{Source.Path}({Position}): scenario \"{Scenario}\": {Message}";
}
