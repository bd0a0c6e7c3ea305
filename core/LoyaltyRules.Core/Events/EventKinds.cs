namespace LoyaltyRules.Core.Events;

/// <summary>The names rules use for kinds of input.</summary>
public static class EventKinds
{
    /// <summary>A purchase (card, online, in store).</summary>
    public const string Purchase = "purchase";
    /// <summary>Money paid into an account.</summary>
    public const string Deposit = "deposit";
    /// <summary>Money taken out of an account.</summary>
    public const string Withdrawal = "withdrawal";
    /// <summary>An application for a loan.</summary>
    public const string LoanApplication = "loan_application";
    /// <summary>Money drawn on a loan.</summary>
    public const string LoanDrawdown = "loan_drawdown";
    /// <summary>A loan repayment.</summary>
    public const string Repayment = "repayment";
    /// <summary>A fee charged.</summary>
    public const string Fee = "fee";
    /// <summary>The customer joined the program.</summary>
    public const string Enrolment = "enrolment";
    /// <summary>A transaction was reversed.</summary>
    public const string Reversal = "reversal";
    /// <summary>The customer referred someone.</summary>
    public const string Referral = "referral";
    /// <summary>The customer answered a survey.</summary>
    public const string Survey = "survey";
    /// <summary>The customer complained.</summary>
    public const string Complaint = "complaint";
    /// <summary>A complaint was resolved.</summary>
    public const string ComplaintResolved = "complaint_resolved";
    /// <summary>The customer redeemed points.</summary>
    public const string Redemption = "redemption";
    /// <summary>The time-based rules ran for a date.</summary>
    public const string Sweep = "sweep";

    /// <summary>The kinds of <see cref="TransactionRecorded"/>.</summary>
    public static IReadOnlyList<string> Transactions { get; } =
        [Purchase, Deposit, Withdrawal, LoanApplication, LoanDrawdown, Repayment, Fee];

    /// <summary>Every kind a rule can be triggered by.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. Transactions, Enrolment, Reversal, Referral, Survey, Complaint, ComplaintResolved, Redemption, Sweep];

    /// <summary>The kind of an input event.</summary>
    public static string Of(IInputEvent input) => input switch
    {
        TransactionRecorded transaction => transaction.Kind,
        CustomerEnrolled => Enrolment,
        TransactionReversed => Reversal,
        ReferralMade => Referral,
        SurveyAnswered => Survey,
        ComplaintFiled => Complaint,
        Events.ComplaintResolved => ComplaintResolved,
        PointsRedeemed => Redemption,
        SweepEvaluated => Sweep,
        _ => throw new ArgumentException($"Unknown input {input.GetType().Name}.", nameof(input)),
    };
}
