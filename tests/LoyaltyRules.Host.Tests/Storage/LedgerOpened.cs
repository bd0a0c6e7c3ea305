namespace LoyaltyRules.Host.Tests.Storage;

/// <summary>First event of a tiny ledger stream used to exercise storage on its own.</summary>
public sealed record LedgerOpened(string Owner);
