using System.Collections.Concurrent;
using System.Linq.Expressions;
using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Lowering;

/// <summary>
/// The compiled program's sources for explanations: each rule's and tier's conditions as written, the
/// values they read, and where they are. Built for a rule or tier the first time it is explained (a
/// program's compilation never pays for it) and kept; safe to use from many threads.
/// </summary>
internal sealed class ProgramSourceMap(BoundProgram program) : IProgramSources
{
    private readonly Dictionary<string, BoundRule> _rules = program.Rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RuleSource> _ruleSources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TierSource> _tierSources = new(StringComparer.Ordinal);
    private readonly ValueText _values = new(program.Currency, program.Tiers.Select(t => t.Name).ToList());

    public RuleSource? Rule(string name) =>
        _rules.TryGetValue(name, out var rule) ? _ruleSources.GetOrAdd(name, _ => Build(rule)) : null;

    public TierSource? Tier(string name) =>
        program.Tiers.FirstOrDefault(t => t.Name == name) is { } tier ? _tierSources.GetOrAdd(name, _ => Build(tier)) : null;

    private RuleSource Build(BoundRule rule)
    {
        var lowering = RuleLowering.Lowering(rule);
        var conditions = RuleLowering.Conditions(rule, program, lowering).Items
            .Select(c => Condition(c.Label, c.Role, c.Body, Operands(c, lowering), lowering))
            .ToList();
        return new RuleSource(rule.Name, rule.Description, program.Source.Path, rule.Line, rule.Kind.Name, conditions);
    }

    private TierSource Build(BoundTier tier)
    {
        var lowering = new ExpressionLowering(Expression.Parameter(typeof(CustomerFact), "customer"), null);
        ConditionSource? Of(BoundExpression? bound) => bound is null
            ? null
            : Condition(Text(bound), ConditionRole.Written, lowering.Lower(bound), Operands(bound, lowering), lowering);
        return new TierSource(tier.Name, program.Source.Path, program.Source.PositionOf(tier.Span.Start).Line, Of(tier.Qualify), Of(tier.Keep));
    }

    private static ConditionSource Condition(string text, ConditionRole role, Expression body, IReadOnlyList<OperandSource> operands, ExpressionLowering lowering)
    {
        var holds = Compile<bool>(body, lowering);
        return new ConditionSource(text, role, holds, operands);
    }

    /// <summary>The values a condition reads: what the author wrote, or the event's currency or date for the implicit ones.</summary>
    private List<OperandSource> Operands(RuleLowering.LoweredCondition condition, ExpressionLowering lowering)
    {
        var @event = lowering.Event!;
        return condition.Role switch
        {
            ConditionRole.Written => Operands(condition.Bound!, lowering),
            ConditionRole.Currency => [Operand("currency", Expression.Property(Expression.Convert(@event, typeof(TransactionFact)), nameof(TransactionFact.Currency)), LanguageType.Text, lowering)],
            ConditionRole.EffectiveDates => [Operand("date", Expression.Property(@event, nameof(EventFact.Date)), LanguageType.Date, lowering)],
            _ => [],
        };
    }

    private List<OperandSource> Operands(BoundExpression condition, ExpressionLowering lowering)
    {
        var operands = new List<OperandSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(BoundExpression operand)
        {
            var text = Text(operand);
            if (!seen.Add(text))
            {
                return;
            }

            operands.Add(operand switch
            {
                BoundLiteral literal => new OperandSource(text, (_, _) => _values.Describe(literal.Value, literal.Type)),
                BoundList list => new OperandSource(text, (_, _) => _values.Describe(list)),
                _ => Operand(text, lowering.Lower(operand), operand.Type, lowering),
            });
        }

        void Walk(BoundExpression node)
        {
            switch (node)
            {
                case BoundAttribute or BoundAggregate or BoundCall or BoundKeyword:
                    Add(node);
                    break;
                case BoundLiteral { Type: not LanguageType.Tier } or BoundList when IsName(Text(node)):
                    Add(node);
                    break;
                case BoundBinary binary:
                    Walk(binary.Left);
                    Walk(binary.Right);
                    break;
                case BoundUnary unary:
                    Walk(unary.Operand);
                    break;
                case BoundIn @in:
                    Walk(@in.Item);
                    Walk(@in.List);
                    break;
                case BoundTextTest test:
                    Walk(test.Left);
                    Walk(test.Right);
                    break;
                case BoundWithin within:
                    Walk(within.Date);
                    if (within.Anchor is { } anchor)
                    {
                        Walk(anchor);
                    }

                    break;
                case BoundPresence presence:
                    Walk(presence.Operand);
                    break;
                case BoundTrend trend:
                    Add(trend.Current);
                    var previous = Text(trend.Previous) + " (the period before)";
                    if (seen.Add(previous))
                    {
                        operands.Add(Operand(previous, lowering.Lower(trend.Previous), trend.Previous.Type, lowering));
                    }

                    break;
                case BoundAbsence absence:
                    var since = $"time since the last {absence.Kind.Name}";
                    if (seen.Add(since))
                    {
                        var sinceLast = Expression.Call(lowering.Customer, typeof(CustomerFact).GetMethod(nameof(CustomerFact.SinceLast))!, Expression.Constant(absence.Kind.Name));
                        operands.Add(Operand(since, sinceLast, LanguageType.Duration, lowering));
                    }

                    break;
            }
        }

        Walk(condition);
        return operands;
    }

    private OperandSource Operand(string text, Expression value, LanguageType type, ExpressionLowering lowering)
    {
        var evaluate = Compile<object?>(Expression.Convert(value, typeof(object)), lowering);
        return new OperandSource(text, (customer, @event) => _values.Describe(evaluate(customer, @event), type));
    }

    /// <summary>Compiles an expression over the rule's parameters into a delegate over a customer and any event fact (converted to the rule's).</summary>
    private static Func<CustomerFact, EventFact?, T> Compile<T>(Expression body, ExpressionLowering lowering)
    {
        var customer = lowering.Customer;
        if (lowering.Event is not { } @event)
        {
            var anyEvent = Expression.Parameter(typeof(EventFact), "event");
            return Expression.Lambda<Func<CustomerFact, EventFact?, T>>(body, customer, anyEvent).Compile();
        }

        var given = Expression.Parameter(typeof(EventFact), "given");
        var typed = Expression.Block([@event], Expression.Assign(@event, Expression.Convert(given, @event.Type)), body);
        return Expression.Lambda<Func<CustomerFact, EventFact?, T>>(typed, customer, given).Compile();
    }

    private string Text(BoundExpression expression) => program.Source.SliceOnOneLine(expression.Span);

    /// <summary>Whether a constant is written by name (then its value is worth showing).</summary>
    private static bool IsName(string text) =>
        text.Length > 0 && (char.IsLetter(text[0]) || text[0] == '_') && text.All(c => char.IsLetterOrDigit(c) || c == '_') && text is not ("true" or "false");
}
