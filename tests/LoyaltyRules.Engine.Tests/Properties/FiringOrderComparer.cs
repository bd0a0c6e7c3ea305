namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// The documented firing order: priority descending, then declaration order of the rule, then
/// or-alternative, then the matched facts by insertion sequence (first fact first). Aggregate results
/// and bindings are not compared: in the test rules each is determined by the facts before it.
/// </summary>
internal sealed class FiringOrderComparer(WorkingMemoryModel memory) : IComparer<ReferenceMatch>
{
    public int Compare(ReferenceMatch? x, ReferenceMatch? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = y.Rule.Priority.CompareTo(x.Rule.Priority);
        if (order == 0)
        {
            order = x.RuleIndex.CompareTo(y.RuleIndex);
        }

        if (order == 0)
        {
            order = x.Alternative.CompareTo(y.Alternative);
        }

        if (order != 0)
        {
            return order;
        }

        var left = x.Facts.Select(memory.SequenceOf).ToList();
        var right = y.Facts.Select(memory.SequenceOf).ToList();
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            order = left[i].CompareTo(right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Count.CompareTo(right.Count);
    }
}
