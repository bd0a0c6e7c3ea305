using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A survey answer.</summary>
public sealed class SurveyFact(SurveyAnswered survey, DateOnly date) : EventFact(survey, date)
{
    /// <summary>The NPS answer (0–10), when asked.</summary>
    public int? Nps { get; } = survey.Nps;

    /// <summary>The CSAT answer (1–5), when asked.</summary>
    public int? Csat { get; } = survey.Csat;

    /// <summary>Where the survey was answered.</summary>
    public string? Channel { get; } = survey.Channel;
}
