using System.Text;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>A generated sequence of operations; its text is the counterexample FsCheck shows.</summary>
internal sealed class Scenario(IReadOnlyList<Operation> operations)
{
    public IReadOnlyList<Operation> Operations { get; } = operations;

    /// <summary>The numbered steps, with an arrow at <paramref name="current"/> (0-based; -1 for none).</summary>
    public string Describe(int current)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Operations.Count; i++)
        {
            text.Append(i == current ? "  --> " : "      ").Append(i + 1).Append(". ").Append(Operations[i]).Append('\n');
        }

        return text.ToString();
    }

    public override string ToString() => $"Scenario with {Operations.Count} steps:\n{Describe(-1)}";
}
