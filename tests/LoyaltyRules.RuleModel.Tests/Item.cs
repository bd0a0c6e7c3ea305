namespace LoyaltyRules.RuleModel.Tests;

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Price { get; set; }
}
