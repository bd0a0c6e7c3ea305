using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Analysis;

/// <summary>LR5006: constants and named conditions nothing uses.</summary>
internal static class UnusedPass
{
    public static void Run(IReadOnlyList<SyntaxNode> unused, DiagnosticBag diagnostics)
    {
        foreach (var node in unused)
        {
            var (what, name) = node switch
            {
                ConstDeclarationSyntax c => ("constant", c.Name),
                ConditionDeclarationSyntax c => ("condition", c.Name),
                _ => throw new InvalidOperationException($"Unexpected {node.GetType().Name}."),
            };
            diagnostics.Report(DiagnosticCatalog.UnusedDeclaration, name.Span, what, name.Text);
        }
    }
}
