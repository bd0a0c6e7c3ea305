namespace LoyaltyRules.Host.Tests.Evaluation;

/// <summary>A small program for the storage tests: card spend, a birthday gift; and a richer second version.</summary>
internal static class StoreProgram
{
    public const string Version1 = """
        program "Store tests"

        currency EUR

        rule "Card spend earns 1 point per 10"
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 10) points as "card spend"

        rule "Birthday gift"
          when birthday
          then award 500 points as "birthday gift"
        """;

    public const string Version2 = """
        program "Store tests"

        currency EUR

        rule "Card spend earns 1 point per 5"
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 5) points as "card spend"

        rule "Birthday gift"
          when birthday
          then award 500 points as "birthday gift"
        """;
}
