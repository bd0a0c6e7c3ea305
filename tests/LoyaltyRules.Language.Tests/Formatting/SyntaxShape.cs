using System.Collections;
using System.Globalization;
using System.Text;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Formatting;

/// <summary>
/// The shape of a syntax tree as text, without positions: every node's type and values, read by
/// reflection (independently of the formatter). A rule's clauses, leading and trailing, are listed
/// together in the canonical order (description, priority, tags, effective, once), since the
/// formatter moves trailing clauses before 'when'. Two files with the same shape mean the same.
/// </summary>
internal static class SyntaxShape
{
    private static readonly Type[] ClauseOrder =
        [typeof(DescriptionClauseSyntax), typeof(PriorityClauseSyntax), typeof(TagsClauseSyntax), typeof(EffectiveClauseSyntax), typeof(OnceClauseSyntax)];

    /// <summary>The shape of the declarations of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        var shape = new StringBuilder();
        foreach (var declaration in SyntaxParser.Parse(new SourceText("shape.loyalty", text)).Root.Declarations)
        {
            Write(shape, declaration);
            shape.Append('\n');
        }

        return shape.ToString();
    }

    private static void Write(StringBuilder shape, object? value)
    {
        switch (value)
        {
            case null:
                shape.Append("null");
                break;
            case string text:
                shape.Append('«').Append(text).Append('»');
                break;
            case IFormattable formattable:
                shape.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case bool flag:
                shape.Append(flag ? "true" : "false");
                break;
            case IEnumerable items:
                shape.Append('[');
                foreach (var item in items)
                {
                    Write(shape, item);
                    shape.Append(", ");
                }

                shape.Append(']');
                break;
            case RuleDeclarationSyntax rule:
                var clauses = rule.Clauses.Concat(rule.TrailingClauses).OrderBy(c => Array.IndexOf(ClauseOrder, c.GetType())).ToList();
                WriteNode(shape, rule with { Clauses = clauses, TrailingClauses = [] });
                break;
            default:
                WriteNode(shape, value);
                break;
        }
    }

    private static void WriteNode(StringBuilder shape, object node)
    {
        shape.Append(node.GetType().Name).Append('(');
        foreach (var property in node.GetType().GetProperties().Where(p => p.PropertyType != typeof(TextSpan)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            shape.Append(property.Name).Append('=');
            Write(shape, property.GetValue(node));
            shape.Append(' ');
        }

        shape.Append(')');
    }
}
