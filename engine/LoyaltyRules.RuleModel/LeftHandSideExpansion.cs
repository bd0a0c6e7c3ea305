namespace LoyaltyRules.RuleModel;

/// <summary>
/// Expands the and/or groups of a left-hand side into its alternatives (disjunctive normal form).
/// Each alternative — a branch — is the sequence of non-group elements in the order written; the
/// rule fires once for each match of each branch.
/// </summary>
public static class LeftHandSideExpansion
{
    /// <summary>The most branches one rule may expand to.</summary>
    public const int MaxBranches = 256;

    /// <summary>
    /// The branches of <paramref name="leftHandSide"/>, or false when there would be more than
    /// <see cref="MaxBranches"/> (too many nested or-groups).
    /// </summary>
    public static bool TryExpand(GroupElement leftHandSide, out IReadOnlyList<IReadOnlyList<RuleElement>> branches)
    {
        ArgumentNullException.ThrowIfNull(leftHandSide);
        var expanded = ExpandElement(leftHandSide);
        branches = expanded ?? [];
        return expanded is not null;
    }

    /// <summary>The branches of <paramref name="leftHandSide"/>; throws when there are too many.</summary>
    public static IReadOnlyList<IReadOnlyList<RuleElement>> Expand(GroupElement leftHandSide) =>
        TryExpand(leftHandSide, out var branches)
            ? branches
            : throw new ArgumentException($"The left-hand side expands to more than {MaxBranches} alternatives.", nameof(leftHandSide));

    private static List<List<RuleElement>>? ExpandElement(RuleElement element)
    {
        if (element is not GroupElement group)
        {
            return [[element]];
        }

        if (group.GroupType == GroupType.Or)
        {
            var alternatives = new List<List<RuleElement>>();
            foreach (var child in group.ChildElements)
            {
                var expanded = ExpandElement(child);
                if (expanded is null || alternatives.Count + expanded.Count > MaxBranches)
                {
                    return null;
                }

                alternatives.AddRange(expanded);
            }

            return alternatives;
        }

        List<List<RuleElement>> product = [[]];
        foreach (var child in group.ChildElements)
        {
            var expanded = ExpandElement(child);
            if (expanded is null || (long)product.Count * expanded.Count > MaxBranches)
            {
                return null;
            }

            product = [.. product.SelectMany(prefix => expanded.Select(suffix => (List<RuleElement>)[.. prefix, .. suffix]))];
        }

        return product;
    }
}
