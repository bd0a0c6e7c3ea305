using System.Globalization;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// One evaluation in progress: the working state (the input and each decision applied as it is
/// made, so rules see their effects), and the decisions so far.
/// </summary>
internal sealed class EvaluationContext
{
    private int _ordinal;

    public EvaluationContext(LoyaltyProgram program, string ruleSetVersion, CustomerState state, IInputEvent input, DateOnly asOf)
    {
        Program = program;
        RuleSetVersion = ruleSetVersion;
        State = state;
        Input = input;
        AsOf = asOf;
        Customer = new CustomerFact(this);
    }

    public LoyaltyProgram Program { get; }

    public string RuleSetVersion { get; }

    public CustomerState State { get; }

    public IInputEvent Input { get; }

    public DateOnly AsOf { get; }

    public CustomerFact Customer { get; }

    public List<IDecision> Decisions { get; } = [];

    /// <summary>Points awarded by rules (not multipliers) so far in this evaluation.</summary>
    public long PointsAwardedByRules { get; set; }

    /// <summary>The next decision's id: the input's id and an ordinal, the same on every replay.</summary>
    public string NextDecisionId() => Input.InputId + "#" + (++_ordinal).ToString(CultureInfo.InvariantCulture);

    public void Record(IDecision decision)
    {
        Decisions.Add(decision);
        State.ApplyEvent(decision);
    }
}
