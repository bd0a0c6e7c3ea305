using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A purchase, deposit, withdrawal, loan application or drawdown, repayment or fee.</summary>
public sealed class TransactionFact : EventFact
{
    internal TransactionFact(TransactionRecorded transaction, DateOnly date)
        : base(transaction, date)
    {
        Amount = transaction.Amount;
        Currency = transaction.Currency;
        Channel = transaction.Channel;
        Category = transaction.Category;
        Product = transaction.Product;
        Merchant = transaction.Merchant;
    }

    /// <summary>The amount, in <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>How it was made (card, online, branch, …).</summary>
    public string? Channel { get; }

    /// <summary>The merchant category or product category.</summary>
    public string? Category { get; }

    /// <summary>The banking product concerned.</summary>
    public string? Product { get; }

    /// <summary>The merchant.</summary>
    public string? Merchant { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {InputId} of {Amount} {Currency} on {Date:yyyy-MM-dd}";
}
