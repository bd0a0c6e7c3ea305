namespace LoyaltyRules.Language.Binding;

/// <summary>Walks bound expressions.</summary>
internal static class BoundWalker
{
    /// <summary>The expression and everything inside it, outermost first.</summary>
    public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression expression)
    {
        var stack = new Stack<BoundExpression>();
        stack.Push(expression);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in Children(current).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Whether the expression or anything inside it matches.</summary>
    public static bool Any(BoundExpression expression, Func<BoundExpression, bool> predicate) =>
        DescendantsAndSelf(expression).Any(predicate);

    private static IEnumerable<BoundExpression> Children(BoundExpression expression) => expression switch
    {
        BoundList list => list.Items,
        BoundBinary binary => [binary.Left, binary.Right],
        BoundUnary unary => [unary.Operand],
        BoundCall call => call.Arguments,
        BoundIn @in => [@in.Item, @in.List],
        BoundTextTest test => [test.Left, test.Right],
        BoundWithin within => within.Anchor is null ? [within.Date] : [within.Date, within.Anchor],
        BoundPresence presence => [presence.Operand],
        BoundTrend trend => [trend.Current, trend.Previous],
        _ => [],
    };
}
