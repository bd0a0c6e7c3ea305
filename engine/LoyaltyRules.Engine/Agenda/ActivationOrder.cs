using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Agenda;

/// <summary>
/// The firing order, a total order so that firing is deterministic: higher priority first; then the
/// rule declared first; then its earlier or-alternative; then the match whose values came first,
/// compared level by level from the first (facts by insertion, aggregate results by creation);
/// then the activation created first.
/// </summary>
internal static class ActivationOrder
{
    public static int Compare(Activation a, Activation b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var order = a.SortKey.CompareTo(b.SortKey);
        if (order != 0)
        {
            return order;
        }

        order = CompareTuples(a.Tuple, b.Tuple);
        return order != 0 ? order : a.Id.CompareTo(b.Id);
    }

    /// <summary>Tuples of the same alternative have the same depth; compare from the root down.</summary>
    private static int CompareTuples(Token? a, Token? b)
    {
        if (a is null || b is null || ReferenceEquals(a, b))
        {
            return 0;
        }

        var order = CompareTuples(a.Parent, b.Parent);
        return order != 0 ? order : a.Sequence.CompareTo(b.Sequence);
    }
}
