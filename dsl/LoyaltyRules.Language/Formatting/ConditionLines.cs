using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Lays out a line that ends with a condition (<c>when …</c>, <c>tier Gold when …</c>,
/// <c>condition x = …</c>). When it is longer than <see cref="MaxWidth"/> characters (indentation
/// included, comments not counted) it breaks before each top-level <c>and</c> — the left-leaning
/// chain of <c>and</c> at the root of the condition — with the continuation lines indented two more
/// spaces. A condition without a top-level <c>and</c> stays on one line, however long.
/// </summary>
internal static class ConditionLines
{
    /// <summary>The longest line that is not broken.</summary>
    public const int MaxWidth = 100;

    /// <summary>The lines of <paramref name="head"/> followed by <paramref name="condition"/>, standing for [<paramref name="ownedStart"/>, <paramref name="ownedEnd"/>).</summary>
    public static IReadOnlyList<LayoutLine> Lay(int indent, string head, ExpressionSyntax condition, int ownedStart, int ownedEnd)
    {
        var whole = head + ExpressionPrinter.Print(condition);
        var operands = Conjuncts(condition);
        if (indent + whole.Length <= MaxWidth || operands.Count == 1)
        {
            return [new LayoutLine(indent, whole, ownedStart, ownedEnd)];
        }

        var lines = new List<LayoutLine>(operands.Count);
        for (var i = 0; i < operands.Count; i++)
        {
            var start = i == 0 ? ownedStart : operands[i].AndStart;
            var end = i + 1 < operands.Count ? operands[i + 1].AndStart : ownedEnd;
            var text = ExpressionPrinter.Print(operands[i].Operand);
            lines.Add(i == 0
                ? new LayoutLine(indent, head + text, start, end)
                : new LayoutLine(indent + 2, "and " + text, start, end));
        }

        return lines;
    }

    /// <summary>The operands of the top-level <c>and</c> chain, each with where its <c>and</c> starts (-1 for the first).</summary>
    private static List<(ExpressionSyntax Operand, int AndStart)> Conjuncts(ExpressionSyntax condition)
    {
        var operands = new List<(ExpressionSyntax Operand, int AndStart)>();
        var node = condition;
        while (node is BinarySyntax { Operator: "and" } and)
        {
            operands.Add((and.Right, and.OperatorSpan.Start));
            node = and.Left;
        }

        operands.Add((node, -1));
        operands.Reverse();
        return operands;
    }
}
