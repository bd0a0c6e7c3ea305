namespace LoyaltyRules.Host.Tests.Storage;

/// <summary>A live-aggregated view of a ledger stream, for FetchForWriting.</summary>
public sealed class Ledger
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public int Balance { get; set; }

    public static Ledger Create(LedgerOpened opened) => new() { Owner = opened.Owner };

    public void Apply(LedgerCredited credited) => Balance += credited.Amount;
}
