namespace LoyaltyRules.Host.Tests.Storage;

/// <summary>Credits a tiny ledger stream used to exercise storage on its own.</summary>
public sealed record LedgerCredited(int Amount, string Reason);
