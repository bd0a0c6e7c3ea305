using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Tiers: the first is the default, each other says when a customer reaches it, and may say when one keeps it.</summary>
internal sealed partial class ProgramBinder
{
    private List<BoundTier> Tiers(IReadOnlyList<TierDeclarationSyntax> declarations)
    {
        var tiers = new List<BoundTier>();
        foreach (var declaration in declarations)
        {
            var level = tiers.Count;
            var name = declaration.Name.Text;
            var scope = BindingScope.Tier(name);
            var clauses = new Dictionary<string, TierClauseSyntax>(StringComparer.Ordinal);
            foreach (var clause in declaration.Clauses)
            {
                if (!clauses.TryAdd(clause.Keyword, clause))
                {
                    _diagnostics.Report(DiagnosticCatalog.TierStructure, clause.Span, $"tier {name} has two '{clause.Keyword}' clauses: keep one");
                }
            }

            var qualifying = clauses.GetValueOrDefault("when") ?? clauses.GetValueOrDefault("upgrade when");
            if (clauses.ContainsKey("when") && clauses.TryGetValue("upgrade when", out var upgrade))
            {
                _diagnostics.Report(DiagnosticCatalog.TierStructure, upgrade.Span, $"'when' and 'upgrade when' both say when a customer reaches tier {name}: keep one");
            }

            if (clauses.ContainsKey("keep when") && clauses.TryGetValue("downgrade when", out var down))
            {
                _diagnostics.Report(DiagnosticCatalog.TierStructure, down.Span, $"tier {name} has both 'keep when' and 'downgrade when': say one or the other");
            }

            if (level == 0 && (qualifying is not null || clauses.ContainsKey("keep when") || clauses.ContainsKey("downgrade when")))
            {
                var clause = qualifying ?? clauses.GetValueOrDefault("keep when") ?? clauses["downgrade when"];
                _diagnostics.Report(DiagnosticCatalog.TierStructure, clause.Span, $"the first tier, {name}, is where every customer starts: mark it 'default' and give it no conditions");
            }
            else if (level > 0 && clauses.TryGetValue("default", out var defaultClause))
            {
                _diagnostics.Report(DiagnosticCatalog.TierStructure, defaultClause.Span, $"only the first tier is the default; {name} is tier {level + 1}: say 'when …' a customer reaches it");
            }
            else if (level > 0 && qualifying is null)
            {
                _diagnostics.Report(DiagnosticCatalog.TierStructure, declaration.Name.Span, $"tier {name} needs 'when …' to say when a customer reaches it");
            }

            var qualify = level > 0 && qualifying?.Condition is { } q ? _expressions.BindCondition(q, scope) : null;
            BoundExpression? keep = null;
            if (level > 0 && clauses.GetValueOrDefault("keep when")?.Condition is { } k)
            {
                keep = _expressions.BindCondition(k, scope);
            }
            else if (level > 0 && clauses.GetValueOrDefault("downgrade when")?.Condition is { } d)
            {
                var downgrade = _expressions.BindCondition(d, scope);
                keep = downgrade.Type == LanguageType.Error ? downgrade : new BoundUnary(downgrade.Span, LanguageType.Boolean, "not", downgrade);
            }

            tiers.Add(new BoundTier(name, level, declaration.Span, qualify, keep));
        }

        return tiers;
    }
}
