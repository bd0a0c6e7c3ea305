namespace LoyaltyRules.Engine.Rete;

/// <summary>The values of a token chain, root first, for error messages and traces.</summary>
internal static class TokenValues
{
    public static IReadOnlyList<object?> Of(Token? token, object? right = null)
    {
        var values = new List<object?>();
        for (var t = token; t is not null && t.Depth > 0; t = t.Parent)
        {
            if (t.Value is not null)
            {
                values.Add(t.Value);
            }
        }

        values.Reverse();
        if (right is not null)
        {
            values.Add(right);
        }

        return values;
    }
}
