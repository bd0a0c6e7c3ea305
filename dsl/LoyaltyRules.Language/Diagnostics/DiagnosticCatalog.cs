namespace LoyaltyRules.Language;

/// <summary>
/// Every diagnostic the language reports. LR1xxx lexical, LR2xxx syntax, LR3xxx names and types,
/// LR4xxx lowering, LR5xxx analysis warnings, LR6xxx scenario files. docs/language.md explains each with an example and its fix.
/// </summary>
public static class DiagnosticCatalog
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    // Lexical
    /// <summary>LR1001: Unterminated string.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("LR1001", E, "Unterminated string", "the string is not closed: add a \" before the end of the line");
    /// <summary>LR1002: Unexpected character.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("LR1002", E, "Unexpected character", "unexpected character '{0}'");
    /// <summary>LR1003: Invalid date.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = new("LR1003", E, "Invalid date", "'{0}' is not a date: {1}");
    /// <summary>LR1004: Number out of range.</summary>
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("LR1004", E, "Number out of range", "the number '{0}' is too large");
    /// <summary>LR1005: Invalid escape.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new("LR1005", E, "Invalid escape", "unknown escape '\\{0}' in a string: use \\\" for a quote and \\\\ for a backslash");

    // Syntax
    /// <summary>LR2001: Syntax error.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new("LR2001", E, "Syntax error", "unexpected {0}; expected {1}{2}");
    /// <summary>LR2002: Unknown declaration.</summary>
    public static readonly DiagnosticDescriptor UnknownDeclaration = new("LR2002", E, "Unknown declaration", "'{0}' does not start a declaration; expected program, currency, points, review, reversals, const, condition, tier or rule{1}");
    /// <summary>LR2003: Rule without actions.</summary>
    public static readonly DiagnosticDescriptor MissingActions = new("LR2003", E, "Rule without actions", "rule \"{0}\" has no action after 'then'");
    /// <summary>LR2004: Nesting too deep (brackets more than 200 inside one another, or an expression more than 1000 levels deep).</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new("LR2004", E, "Nesting too deep", "{0} more than {1} deep here: split the expression up, for example into named conditions");

    // Names and types
    /// <summary>LR3001: Unknown event attribute.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new("LR3001", E, "Unknown event attribute", "unknown attribute '{0}' of {1} events{2}");
    /// <summary>LR3002: Unknown customer attribute.</summary>
    public static readonly DiagnosticDescriptor UnknownCustomerAttribute = new("LR3002", E, "Unknown customer attribute", "unknown customer attribute '{0}'{1}");
    /// <summary>LR3003: Unknown event kind.</summary>
    public static readonly DiagnosticDescriptor UnknownEventKind = new("LR3003", E, "Unknown event kind", "unknown event kind '{0}'{1}");
    /// <summary>LR3004: Unknown name.</summary>
    public static readonly DiagnosticDescriptor UnknownName = new("LR3004", E, "Unknown name", "unknown name '{0}'{1}");
    /// <summary>LR3005: Type mismatch.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new("LR3005", E, "Type mismatch", "cannot {0} {1} and {2}{3}");
    /// <summary>LR3006: Unit mismatch.</summary>
    public static readonly DiagnosticDescriptor UnitMismatch = new("LR3006", E, "Unit mismatch", "cannot {0} {1} and {2}: the units differ");
    /// <summary>LR3007: Duration without unit.</summary>
    public static readonly DiagnosticDescriptor DurationNeedsUnit = new("LR3007", E, "Duration without unit", "'{0}' needs a unit here: write days, weeks, months or years, for example '{0} days'");
    /// <summary>LR3008: Not a condition.</summary>
    public static readonly DiagnosticDescriptor NotACondition = new("LR3008", E, "Not a condition", "a condition must be true or false, but this is {0}");
    /// <summary>LR3009: Unknown tier.</summary>
    public static readonly DiagnosticDescriptor UnknownTier = new("LR3009", E, "Unknown tier", "unknown tier '{0}'{1}");
    /// <summary>LR3010: Unknown function.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("LR3010", E, "Unknown function", "unknown function '{0}'{1}");
    /// <summary>LR3011: Wrong arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArguments = new("LR3011", E, "Wrong arguments", "{0} takes {1}, not {2}");
    /// <summary>LR3012: Duplicate name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = new("LR3012", E, "Duplicate name", "'{0}' is already declared at line {1}");
    /// <summary>LR3013: Missing program header.</summary>
    public static readonly DiagnosticDescriptor MissingProgram = new("LR3013", E, "Missing program header", "a rule file starts with 'program \"<name>\"'");
    /// <summary>LR3014: Unknown currency.</summary>
    public static readonly DiagnosticDescriptor UnknownCurrency = new("LR3014", E, "Unknown currency", "'{0}' is not an ISO 4217 currency{1}");
    /// <summary>LR3015: Foreign currency.</summary>
    public static readonly DiagnosticDescriptor ForeignCurrency = new("LR3015", E, "Foreign currency", "the program is in {0}; amounts in {1} cannot be compared with it");
    /// <summary>LR3016: No event in this rule.</summary>
    public static readonly DiagnosticDescriptor NoEventHere = new("LR3016", E, "No event in this rule", "'{0}' is an attribute of {1} events, but {2}");
    /// <summary>LR3017: Window out of range.</summary>
    public static readonly DiagnosticDescriptor WindowOutOfRange = new("LR3017", E, "Window out of range", "a window of {0} is outside 1 day to {1}");
    /// <summary>LR3018: Referrer outside a referral.</summary>
    public static readonly DiagnosticDescriptor ReferrerOutsideReferral = new("LR3018", E, "Referrer outside a referral", "'to referrer' needs a rule on 'referral' events");
    /// <summary>LR3019: Mixed list.</summary>
    public static readonly DiagnosticDescriptor MixedList = new("LR3019", E, "Mixed list", "the items of a list must all be {0}, but this is {1}");
    /// <summary>LR3020: Constant not a value.</summary>
    public static readonly DiagnosticDescriptor ConstantNotLiteral = new("LR3020", E, "Constant not a value", "a constant is a value, a list or arithmetic of values; '{0}' is not");
    /// <summary>LR3021: Cycle.</summary>
    public static readonly DiagnosticDescriptor ConditionCycle = new("LR3021", E, "Cycle", "'{0}' refers to itself through {1}");
    /// <summary>LR3022: Once per non-attribute.</summary>
    public static readonly DiagnosticDescriptor NotAnAttributeForOnce = new("LR3022", E, "Once per non-attribute", "'once per {0}' needs a duration or an attribute of the event");
    /// <summary>LR3023: Tier structure.</summary>
    public static readonly DiagnosticDescriptor TierStructure = new("LR3023", E, "Tier structure", "{0}");
    /// <summary>LR3024: Wrong quantity.</summary>
    public static readonly DiagnosticDescriptor WrongQuantity = new("LR3024", E, "Wrong quantity", "{0} needs {1}, but this is {2}{3}");
    /// <summary>LR3025: Duplicate setting.</summary>
    public static readonly DiagnosticDescriptor DuplicateSetting = new("LR3025", E, "Duplicate setting", "'{0}' is already set at line {1}");
    /// <summary>LR3026: Duplicate clause.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new("LR3026", E, "Duplicate clause", "rule \"{0}\" already has '{1}' at line {2}");
    /// <summary>LR3027: Division by zero.</summary>
    public static readonly DiagnosticDescriptor DivisionByZero = new("LR3027", E, "Division by zero", "division by zero");
    /// <summary>LR3028: Empty list.</summary>
    public static readonly DiagnosticDescriptor EmptyList = new("LR3028", E, "Empty list", "an empty list matches nothing: add items or remove the test");

    /// <summary>LR3029: Name taken.</summary>
    public static readonly DiagnosticDescriptor NameTaken = new("LR3029", E, "Name taken", "'{0}' is already {1}; choose another name");
    /// <summary>LR3030: Modifier not allowed.</summary>
    public static readonly DiagnosticDescriptor ModifierNotAllowed = new("LR3030", E, "Modifier not allowed", "'{0}' does not go with '{1}'{2}");
    /// <summary>LR3031: Duplicate modifier.</summary>
    public static readonly DiagnosticDescriptor DuplicateModifier = new("LR3031", E, "Duplicate modifier", "'{0}' is given twice in this action");
    /// <summary>LR3032: Currency not declared.</summary>
    public static readonly DiagnosticDescriptor CurrencyNotDeclared = new("LR3032", E, "Currency not declared", "amounts in {0} need the program's currency: add 'currency {0}' after the program line");
    /// <summary>LR3033: Not a fixed value.</summary>
    public static readonly DiagnosticDescriptor NotFixed = new("LR3033", E, "Not a fixed value", "{0} must be a fixed value, not one that depends on the customer or the event");
    /// <summary>LR3034: Trend without a rolling figure.</summary>
    public static readonly DiagnosticDescriptor TrendNeedsFigure = new("LR3034", E, "Trend without a rolling figure", "'{0}' compares a rolling figure with the period before: put it after 'points earned within …', 'count of … within …' or 'sum of … within …'");
    /// <summary>LR3035: Event kind used as a condition.</summary>
    public static readonly DiagnosticDescriptor KindAsCondition = new("LR3035", E, "Event kind used as a condition", "'{0}' is an event kind: to run the rule on {0} events, start it with 'when {0} where …'");

    /// <summary>LR3036: Not ordered.</summary>
    public static readonly DiagnosticDescriptor NotOrdered = new("LR3036", E, "Not ordered", "'{0}' compares numbers, amounts, points, dates, durations and tiers, not {1}: use = or !=");
    /// <summary>LR3037: Date out of range.</summary>
    public static readonly DiagnosticDescriptor DateOutOfRange = new("LR3037", E, "Date out of range", "'{0}' falls outside the calendar, which runs from {1}");

    // Lowering
    /// <summary>LR4001: Internal lowering error.</summary>
    public static readonly DiagnosticDescriptor LoweringFailed = new("LR4001", E, "Internal compiler error", "{0} could not be compiled: {1} (a fault of the compiler, not of the program: please report it)");

    // Analysis
    /// <summary>LR5001: Duplicate rule name.</summary>
    public static readonly DiagnosticDescriptor DuplicateRuleName = new("LR5001", W, "Duplicate rule name", "another rule is named \"{0}\" (line {1}); its decisions will name this one \"{2}\"");
    /// <summary>LR5002: Rule never fires.</summary>
    public static readonly DiagnosticDescriptor NeverFires = new("LR5002", W, "Rule never fires", "rule \"{0}\" can never fire: {1}");
    /// <summary>LR5003: Rule shadowed.</summary>
    public static readonly DiagnosticDescriptor Shadowed = new("LR5003", W, "Rule shadowed", "rule \"{0}\" never fires: rule \"{1}\" (line {2}) fires before it, matches whenever it does and stops further rules");
    /// <summary>LR5004: Tier thresholds out of order.</summary>
    public static readonly DiagnosticDescriptor TiersOutOfOrder = new("LR5004", W, "Tier thresholds out of order", "tier {0} qualifies at {1}, below tier {2} ({3}); tiers are declared lowest first");
    /// <summary>LR5005: Possible double award.</summary>
    public static readonly DiagnosticDescriptor PossibleDoubleAward = new("LR5005", W, "Possible double award", "rules \"{0}\" and \"{1}\" (line {2}) can both award points for the same {3} and neither is capped: check this is meant");
    /// <summary>LR5006: Unused declaration.</summary>
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("LR5006", W, "Unused declaration", "{0} '{1}' is never used");

    /// <summary>LR5007: Sweep rule repeats.</summary>
    public static readonly DiagnosticDescriptor SweepRuleRepeats = new("LR5007", W, "Sweep rule repeats", "rule \"{0}\" runs on every daily sweep and fires each day its condition holds: add 'once per …' (for example once per 365 days) unless that is meant");

    // Scenario files

    /// <summary>LR6001: Scenario syntax error.</summary>
    public static readonly DiagnosticDescriptor ScenarioSyntax = new("LR6001", E, "Scenario syntax error", "unexpected {0}; expected {1}{2}");
    /// <summary>LR6002: Unknown scenario attribute.</summary>
    public static readonly DiagnosticDescriptor ScenarioAttribute = new("LR6002", E, "Unknown scenario attribute", "{0} events have no attribute '{1}'{2}");
    /// <summary>LR6003: Scenario order.</summary>
    public static readonly DiagnosticDescriptor ScenarioOrder = new("LR6003", E, "Scenario order", "{0}");
    /// <summary>LR6004: Unknown event label.</summary>
    public static readonly DiagnosticDescriptor UnknownLabel = new("LR6004", E, "Unknown event label", "no earlier event of this scenario is labelled '{0}'{1}");
    /// <summary>LR6005: Rule file not found.</summary>
    public static readonly DiagnosticDescriptor RuleFileNotFound = new("LR6005", E, "Rule file not found", "{0}");

    /// <summary>Every descriptor, by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [.. typeof(DiagnosticCatalog).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!).OrderBy(d => d.Id, StringComparer.Ordinal)];
}
