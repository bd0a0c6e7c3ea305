using System.Text;
using LoyaltyRules.Language.Syntax;
using static LoyaltyRules.Language.Formatting.ExpressionPrinter;

namespace LoyaltyRules.Language.Formatting;

/// <summary>Writes a rule's metadata clauses in canonical form and says where each goes.</summary>
internal static class ClausePrinter
{
    /// <summary>
    /// Where a clause goes among the others: description, priority, tags, effective, once. Clauses of
    /// the same kind (a duplicate, which the checker rejects) keep their relative order.
    /// </summary>
    public static int Rank(RuleClauseSyntax clause) => clause switch
    {
        DescriptionClauseSyntax => 0,
        PriorityClauseSyntax => 1,
        TagsClauseSyntax => 2,
        EffectiveClauseSyntax => 3,
        OnceClauseSyntax => 4,
        _ => 5,
    };

    /// <summary>The canonical text of <paramref name="clause"/>.</summary>
    public static string Print(RuleClauseSyntax clause) => clause switch
    {
        DescriptionClauseSyntax description => "description " + Quote(description.Text.Value),
        PriorityClauseSyntax priority => "priority " + ExpressionPrinter.Print(priority.Value),
        TagsClauseSyntax tags => "tags " + string.Join(", ", tags.Tags.Select(t => t.Text)),
        EffectiveClauseSyntax effective => Effective(effective),
        OnceClauseSyntax once => Once(once),
        _ => throw new InvalidOperationException($"No canonical form for {clause.GetType().Name}."),
    };

    private static string Effective(EffectiveClauseSyntax effective)
    {
        var text = new StringBuilder("effective");
        if (effective.From is not null)
        {
            text.Append(" from ").Append(ExpressionPrinter.Print(effective.From));
        }

        if (effective.Until is not null)
        {
            text.Append(" until ").Append(ExpressionPrinter.Print(effective.Until));
        }

        return text.ToString();
    }

    /// <summary><c>once</c>, <c>once per merchant</c>, <c>once per 30 days</c>, <c>once per merchant per 30 days</c>.</summary>
    private static string Once(OnceClauseSyntax once)
    {
        var text = new StringBuilder("once");
        if (once.Key is not null)
        {
            text.Append(" per ").Append(ExpressionPrinter.Print(once.Key));
        }

        if (once.Period is not null)
        {
            text.Append(" per ").Append(ExpressionPrinter.Print(once.Period));
        }

        return text.ToString();
    }
}
