using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>
/// Checks a parsed file as a program: registers its names, then checks its settings, tiers, rules
/// and named conditions. Everything wrong is reported; what is right is kept.
/// </summary>
internal sealed partial class ProgramBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly Symbols _symbols = new();
    private readonly ExpressionBinder _expressions;
    private readonly Dictionary<string, SyntaxNode> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SyntaxNode> _settings = new(StringComparer.Ordinal);

    private ProgramBinder(DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        _expressions = new ExpressionBinder(_symbols, diagnostics);
    }

    /// <summary>The checked program (with what could be checked) and the names nothing used.</summary>
    public static (BoundProgram Program, IReadOnlyList<SyntaxNode> Unused) Bind(CompilationUnitSyntax unit, DiagnosticBag diagnostics)
    {
        var binder = new ProgramBinder(diagnostics);
        return binder.BindProgram(unit);
    }

    private (BoundProgram, IReadOnlyList<SyntaxNode>) BindProgram(CompilationUnitSyntax unit)
    {
        var declarations = unit.Declarations;
        string? name = null;
        foreach (var declaration in declarations)
        {
            switch (declaration)
            {
                case ProgramDeclarationSyntax program when Setting("program", program):
                    name = program.Name.Value;
                    break;
                case CurrencyDeclarationSyntax currency when Setting("currency", currency):
                    _symbols.Currency = Currency(currency);
                    break;
                case ConstDeclarationSyntax constant when Declare(constant.Name, constant):
                    _symbols.Constants[constant.Name.Text] = constant;
                    break;
                case ConditionDeclarationSyntax condition when Declare(condition.Name, condition):
                    _symbols.Conditions[condition.Name.Text] = condition;
                    break;
                case TierDeclarationSyntax tier when Declare(tier.Name, tier):
                    _symbols.Tiers[tier.Name.Text] = _symbols.Tiers.Count;
                    break;
                default:
                    break;
            }
        }

        if (name is null)
        {
            _diagnostics.Report(DiagnosticCatalog.MissingProgram, declarations.Count > 0 ? new TextSpan(declarations[0].Span.Start, 0) : new TextSpan(0, 0));
        }

        var settings = Settings(declarations);
        var tiers = Tiers(declarations.OfType<TierDeclarationSyntax>().Where(t => _symbols.Tiers.ContainsKey(t.Name.Text) && ReferenceEquals(_declared[t.Name.Text], t)).ToList());
        var rules = Rules(declarations.OfType<RuleDeclarationSyntax>());
        foreach (var constant in _symbols.Constants.Values)
        {
            _symbols.ConstantValue(constant.Name.Text, _expressions.BindConstant);
        }

        var unused = new List<SyntaxNode>();
        foreach (var (conditionName, condition) in _symbols.Conditions)
        {
            if (!_symbols.Used.Contains(conditionName))
            {
                _expressions.BindCondition(condition.Condition, BindingScope.UnusedCondition(conditionName));
            }
        }

        unused.AddRange(_symbols.Constants.Values.Where(c => !_symbols.Used.Contains(c.Name.Text)));
        unused.AddRange(_symbols.Conditions.Values.Where(c => !_symbols.Used.Contains(c.Name.Text)));
        return (new BoundProgram(_diagnostics.Source, name ?? "", _symbols.Currency, settings, tiers, rules), unused);
    }

    /// <summary>Registers a program-wide setting; false (reported) when it is set twice.</summary>
    private bool Setting(string key, SyntaxNode node)
    {
        if (_settings.TryGetValue(key, out var earlier))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateSetting, node.Span, key, Line(earlier));
            return false;
        }

        _settings[key] = node;
        return true;
    }

    /// <summary>Registers a program-level name; false (reported) when it is taken.</summary>
    private bool Declare(Identifier name, SyntaxNode node)
    {
        if (_declared.TryGetValue(name.Text, out var earlier))
        {
            _diagnostics.Report(DiagnosticCatalog.DuplicateName, name.Span, name.Text, Line(earlier));
            return false;
        }

        if (Taken(name.Text) is { } what)
        {
            _diagnostics.Report(DiagnosticCatalog.NameTaken, name.Span, name.Text, what);
            return false;
        }

        _declared[name.Text] = node;
        return true;
    }

    private static string? Taken(string name)
    {
        if (name == "customer")
        {
            return "the customer";
        }

        if (FactSchema.CustomerAttribute(name) is not null)
        {
            return "a customer attribute";
        }

        if (FactSchema.Kind(name) is not null)
        {
            return "an event kind";
        }

        var kinds = FactSchema.Kinds.Where(k => k.Attribute(name) is not null).Select(k => k.Name).ToList();
        if (kinds.Count > 0)
        {
            return $"an attribute of {SyntaxParser.JoinAlternatives(kinds)} events";
        }

        return Functions.Signatures.ContainsKey(name) ? "a function" : null;
    }

    private string? Currency(CurrencyDeclarationSyntax currency)
    {
        var code = currency.Code.Text;
        if (Currencies.IsKnown(code))
        {
            return code;
        }

        _diagnostics.Report(DiagnosticCatalog.UnknownCurrency, currency.Code.Span, code, Suggestions.DidYouMean(code, Currencies.All));
        return null;
    }

    private ProgramSettings Settings(IReadOnlyList<DeclarationSyntax> declarations)
    {
        var settings = ProgramSettings.Default;
        var scope = BindingScope.Constant("setting");
        foreach (var declaration in declarations)
        {
            switch (declaration)
            {
                case PointsExpiryDeclarationSyntax expiry when Setting("points expire after", expiry):
                    settings = settings with { PointsExpireAfter = _expressions.BindPeriod(expiry.After, scope, "'points expire after'") };
                    break;
                case TierReviewDeclarationSyntax review when Setting("review tiers every", review):
                    var every = _expressions.BindPeriod(review.Every, scope, "'review tiers every'");
                    var grace = review.Grace is null ? null : _expressions.BindPeriod(review.Grace, scope, "'grace'");
                    settings = settings with { ReviewEvery = every, ReviewGrace = grace ?? default };
                    break;
                case ReversalSettingSyntax reversals when Setting("reversals requalify tiers", reversals):
                    settings = settings with { ReversalsRequalify = true };
                    break;
                default:
                    break;
            }
        }

        return settings;
    }

    private List<BoundRule> Rules(IEnumerable<RuleDeclarationSyntax> declarations)
    {
        var binder = new RuleBinder(_expressions);
        var rules = new List<BoundRule>();
        var names = new Dictionary<string, RuleDeclarationSyntax>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var name = declaration.Name.Value;
            if (names.TryGetValue(name, out var first))
            {
                var renamed = $"{name} (line {Line(declaration)})";
                _diagnostics.Report(DiagnosticCatalog.DuplicateRuleName, declaration.Name.Span, name, Line(first), renamed);
                name = renamed;
            }
            else
            {
                names[name] = declaration;
            }

            if (binder.Bind(declaration, name) is { } rule)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private int Line(SyntaxNode node) => _diagnostics.Source.PositionOf(node.Span.Start).Line;
}
