using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Names: event attributes, constants, named conditions, customer attributes, tiers.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression Name(NameSyntax name, BindingScope scope)
    {
        var parts = name.Parts;
        if (parts[0].Text == "customer")
        {
            return parts.Count == 1 ? UnknownName(name, scope) : CustomerAttribute(name, string.Join('.', parts.Skip(1).Select(p => p.Text)), scope);
        }

        if (parts.Count == 1)
        {
            return SimpleName(name, parts[0].Text, scope);
        }

        var dotted = name.Dotted;
        if (scope.Kind?.Attribute(dotted) is { } dottedAttribute)
        {
            return EventAttribute(name, dottedAttribute, scope);
        }

        if (scope.Kind is { } kind && parts[0].Text == kind.Name && kind.Attribute(string.Join('.', parts.Skip(1).Select(p => p.Text))) is { } attribute)
        {
            return EventAttribute(name, attribute, scope);
        }

        return UnknownName(name, scope);
    }

    private BoundExpression SimpleName(NameSyntax name, string text, BindingScope scope)
    {
        if (scope.Kind?.Attribute(text) is { } attribute)
        {
            return EventAttribute(name, attribute, scope);
        }

        if (Symbols.Constants.ContainsKey(text))
        {
            return ConstantReference(name, text);
        }

        if (Symbols.Conditions.ContainsKey(text))
        {
            return ConditionReference(name, text, scope);
        }

        if (FactSchema.CustomerAttribute(text) is not null)
        {
            return CustomerAttribute(name, text, scope);
        }

        if (Symbols.Tiers.TryGetValue(text, out var level))
        {
            return Literal(name.Span, LanguageType.Tier, level);
        }

        if (scope.AnyEvent && FactSchema.Kinds.Select(k => k.Attribute(text)).FirstOrDefault(a => a is not null) is { } anyAttribute)
        {
            return new BoundAttribute(name.Span, Convert(anyAttribute.Type), anyAttribute, true) { Optional = anyAttribute.Optional };
        }

        return UnknownName(name, scope);
    }

    private BoundExpression EventAttribute(NameSyntax name, AttributeDefinition attribute, BindingScope scope)
    {
        if (scope.ConstantsOnly)
        {
            return NotConstant(name.Span);
        }

        if (scope.IsSweep && attribute.Name != "date")
        {
            return NoEvent(name, attribute.Name, scope);
        }

        return new BoundAttribute(name.Span, Convert(attribute.Type), attribute, true) { Optional = attribute.Optional };
    }

    private BoundExpression CustomerAttribute(NameSyntax name, string text, BindingScope scope)
    {
        if (FactSchema.CustomerAttribute(text) is not { } attribute)
        {
            Diagnostics.Report(DiagnosticCatalog.UnknownCustomerAttribute, name.Span, text, Suggestions.DidYouMean(text, FactSchema.Customer.Select(a => a.Name)));
            return Error(name.Span);
        }

        if (scope.ConstantsOnly)
        {
            return NotConstant(name.Span);
        }

        return new BoundAttribute(name.Span, Convert(attribute.Type), attribute, false) { Optional = attribute.Optional };
    }

    private BoundExpression ConstantReference(NameSyntax name, string text)
    {
        Symbols.Used.Add(text);
        var value = Symbols.ConstantValue(text, declaration => BindConstant(declaration));
        if (value is null)
        {
            var path = string.Join(" → ", Symbols.ConstantsInProgress.SkipWhile(n => n != text).Skip(1).Append(text));
            Diagnostics.Report(DiagnosticCatalog.ConditionCycle, name.Span, text, path);
            return Error(name.Span);
        }

        return value.Type == LanguageType.Error ? Error(name.Span) : value with { Span = name.Span };
    }

    /// <summary>A constant's value: anything fixed.</summary>
    public BoundExpression BindConstant(ConstDeclarationSyntax declaration)
    {
        var bound = Bind(declaration.Value, BindingScope.Constant(declaration.Name.Text));
        if (bound.Type != LanguageType.Error && bound.Constant is null)
        {
            return NotConstant(declaration.Value.Span);
        }

        return bound;
    }

    private BoundExpression ConditionReference(NameSyntax name, string text, BindingScope scope)
    {
        Symbols.Used.Add(text);
        if (scope.ConstantsOnly)
        {
            return NotConstant(name.Span);
        }

        if (!Symbols.EnterCondition(text))
        {
            Diagnostics.Report(DiagnosticCatalog.ConditionCycle, name.Span, text, Symbols.CyclePath(text));
            return Error(name.Span);
        }

        try
        {
            return BindCondition(Symbols.Conditions[text].Condition, scope);
        }
        finally
        {
            Symbols.LeaveCondition(text);
        }
    }

    private BoundExpression NoEvent(NameSyntax name, string attribute, BindingScope scope)
    {
        var kinds = FactSchema.Kinds.Where(k => k.Attribute(attribute) is not null).Select(k => k.Name).ToList();
        var example = kinds.FirstOrDefault("purchase");
        var why = scope.Kind is null
            ? $"{scope.Subject} is about the customer alone"
            : $"this rule runs on sweeps, which have no event: start it with 'when {example} where …'";
        Diagnostics.Report(DiagnosticCatalog.NoEventHere, name.Span, attribute, Kinds(kinds), why);
        return Error(name.Span);
    }

    private BoundExpression UnknownName(NameSyntax name, BindingScope scope)
    {
        var text = name.Dotted;
        if (FactSchema.Kind(text) is { } kind)
        {
            Diagnostics.Report(DiagnosticCatalog.KindAsCondition, name.Span, kind.Name);
            return Error(name.Span);
        }

        var attributeKinds = FactSchema.Kinds.Where(k => k.Attribute(text) is not null).Select(k => k.Name).ToList();
        if (attributeKinds.Count > 0 && (scope.Kind is null || scope.IsSweep))
        {
            return NoEvent(name, text, scope);
        }

        var eventNames = scope.Kind?.Attributes.Select(a => a.Name).ToList() ?? [];
        var candidates = eventNames
            .Concat(scope.ConstantsOnly ? Symbols.Constants.Keys : Symbols.Names)
            .Concat(FactSchema.Customer.Select(a => a.Name))
            .Concat(FactSchema.Customer.Select(a => "customer." + a.Name))
            .ToList();
        var closest = Suggestions.Closest(text, candidates);
        var hint = closest is null ? "" : $"; did you mean '{closest}'?";
        if (attributeKinds.Count > 0 && scope.Kind is { } current)
        {
            hint = $"; '{text}' is an attribute of {Kinds(attributeKinds)} events, not of {current.Name} events{(closest is null ? "" : $" (did you mean '{closest}'?)")}";
        }

        if (scope.Kind is { } ruleKind && closest is not null && eventNames.Contains(closest))
        {
            Diagnostics.Report(DiagnosticCatalog.UnknownAttribute, name.Span, text, ruleKind.Name, hint);
        }
        else
        {
            Diagnostics.Report(DiagnosticCatalog.UnknownName, name.Span, text, hint);
        }

        return Error(name.Span);
    }

    private static string Kinds(IReadOnlyList<string> kinds) => SyntaxParser.JoinAlternatives(kinds);

    internal static LanguageType Convert(ValueKind kind) => kind switch
    {
        ValueKind.Number => LanguageType.Number,
        ValueKind.Money => LanguageType.Money,
        ValueKind.Points => LanguageType.Points,
        ValueKind.Duration => LanguageType.Duration,
        ValueKind.Percent => LanguageType.Percent,
        ValueKind.Date => LanguageType.Date,
        ValueKind.Text => LanguageType.Text,
        ValueKind.Boolean => LanguageType.Boolean,
        ValueKind.Tier => LanguageType.Tier,
        ValueKind.TextSet => LanguageType.TextSet,
        _ => LanguageType.Error,
    };
}
