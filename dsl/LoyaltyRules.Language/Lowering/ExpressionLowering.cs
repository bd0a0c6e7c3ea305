using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Lowering;

/// <summary>
/// Turns checked expressions into expression trees over the customer fact and the event fact.
/// Numbers, money, points and percentages (as fractions) are decimals; durations are
/// <see cref="Duration"/>; tiers are levels; a value that may be missing is nullable, and every
/// operation on it goes through <see cref="RuleFunctions"/> or a lifted operator, so a missing value
/// makes a test false and never throws.
/// </summary>
internal sealed class ExpressionLowering(ParameterExpression customer, ParameterExpression? @event)
{
    public ParameterExpression Customer { get; } = customer;

    public ParameterExpression? Event { get; } = @event;

    private MemberExpression AsOf => Expression.Property(Customer, Members.Property(typeof(CustomerFact), nameof(CustomerFact.AsOf)));

    public Expression Lower(BoundExpression bound) => bound switch
    {
        BoundLiteral literal => Literal(literal),
        BoundList list => throw new InvalidOperationException($"A list is only lowered inside 'in' ({list.Key})."),
        BoundAttribute attribute => Attribute(attribute),
        BoundAggregate aggregate => Aggregate(aggregate),
        BoundAbsence absence => Call(nameof(RuleFunctions.NoneFor), Customer, Expression.Constant(absence.Kind.Name), Expression.Constant(absence.Duration)),
        BoundBinary binary => Binary(binary),
        BoundUnary { Operator: "not" } not => Expression.Not(Lower(not.Operand)),
        BoundUnary negate => Expression.Negate(Lower(negate.Operand)),
        BoundCall call => Function(call),
        BoundIn @in => In(@in),
        BoundTextTest test => TextTest(test),
        BoundWithin within => within.Anchor is null
            ? Call(nameof(RuleFunctions.Within), Lift(Lower(within.Date)), Expression.Constant(within.Duration), AsOf)
            : Call(nameof(RuleFunctions.WithinOf), Lift(Lower(within.Date)), Expression.Constant(within.Duration), Lift(Lower(within.Anchor))),
        BoundPresence presence => Presence(presence),
        BoundTrend trend => Call(trend.Dropped ? nameof(RuleFunctions.Dropped) : nameof(RuleFunctions.Rose), Lift(Lower(trend.Current)), Lift(Lower(trend.Previous)), Expression.Constant(trend.Percent)),
        BoundKeyword { Keyword: "birthday" } => Expression.Property(Customer, Members.Property(typeof(CustomerFact), nameof(CustomerFact.IsBirthday))),
        BoundKeyword => AsOf,
        _ => throw new InvalidOperationException($"Cannot lower {bound.GetType().Name}."),
    };

    /// <summary>The CLR type a language type lowers to.</summary>
    public static Type ClrType(LanguageType type) => type switch
    {
        LanguageType.Number or LanguageType.Money or LanguageType.Points or LanguageType.Percent => typeof(decimal),
        LanguageType.Duration => typeof(Duration),
        LanguageType.Date => typeof(DateOnly),
        LanguageType.Text => typeof(string),
        LanguageType.Boolean => typeof(bool),
        LanguageType.Tier => typeof(int),
        LanguageType.TextSet => typeof(IReadOnlySet<string>),
        _ => throw new InvalidOperationException($"No run-time type for {type}."),
    };

    private static ConstantExpression Literal(BoundLiteral literal) => literal.Value switch
    {
        Period period => Expression.Constant(Duration.Of(period)),
        var value => Expression.Constant(value, ClrType(literal.Type)),
    };

    private Expression Attribute(BoundAttribute attribute)
    {
        var accessor = attribute.Attribute.Accessor;
        var fact = attribute.OfEvent ? Event ?? throw new InvalidOperationException("No event here.") : Customer;
        var body = new ParameterReplacer(accessor.Parameters[0], Convert(fact, accessor.Parameters[0].Type)).Visit(accessor.Body);
        var target = ClrType(attribute.Type);
        if (body.Type == target || Nullable.GetUnderlyingType(body.Type) == target || (target == typeof(IReadOnlySet<string>)))
        {
            return body;
        }

        return Expression.Convert(body, Nullable.GetUnderlyingType(body.Type) is null ? target : typeof(Nullable<>).MakeGenericType(target));
    }

    private Expression Aggregate(BoundAggregate aggregate)
    {
        var window = Expression.Constant(aggregate.Window ?? default);
        var kind = Expression.Constant(aggregate.Kind?.Name ?? "");
        var suffix = aggregate.Previous ? "Previously" : "Within";
        return aggregate.Function switch
        {
            AggregateFunction.PointsEarned => Expression.Convert(Expression.Call(Customer, Members.Method(typeof(CustomerFact), "PointsEarned" + suffix), window), typeof(decimal)),
            AggregateFunction.Count => Expression.Call(Customer, Members.Method(typeof(CustomerFact), "Count" + suffix), kind, window),
            AggregateFunction.Sum => Expression.Call(Customer, Members.Method(typeof(CustomerFact), "Sum" + suffix), kind, window),
            AggregateFunction.Average => Expression.Call(Customer, Members.Method(typeof(CustomerFact), "Average" + suffix), kind, window),
            AggregateFunction.Max => Expression.Call(Customer, Members.Method(typeof(CustomerFact), "Max" + suffix), kind, window),
            _ => Expression.Call(Customer, Members.Method(typeof(CustomerFact), nameof(CustomerFact.SinceLast)), kind),
        };
    }

    private Expression Binary(BoundBinary binary)
    {
        if (binary.Operator is "and" or "or")
        {
            return binary.Operator == "and"
                ? Expression.AndAlso(Lower(binary.Left), Lower(binary.Right))
                : Expression.OrElse(Lower(binary.Left), Lower(binary.Right));
        }

        var left = Lower(binary.Left);
        var right = Lower(binary.Right);
        return binary.Type == LanguageType.Boolean ? Comparison(binary.Operator, left, right) : Arithmetic(binary, left, right);
    }

    private BinaryExpression Comparison(string op, Expression left, Expression right)
    {
        if (Underlying(left.Type) == typeof(Duration))
        {
            left = Call(nameof(RuleFunctions.Compare), Lift(left), Lift(right), AsOf);
            right = Expression.Constant(0, typeof(int?));
        }
        else
        {
            (left, right) = SameType(left, right);
        }

        return op switch
        {
            "=" => Expression.Equal(left, right),
            "!=" => Expression.NotEqual(left, right),
            "<" => Expression.LessThan(left, right),
            "<=" => Expression.LessThanOrEqual(left, right),
            ">" => Expression.GreaterThan(left, right),
            _ => Expression.GreaterThanOrEqual(left, right),
        };
    }

    private Expression Arithmetic(BoundBinary binary, Expression left, Expression right)
    {
        if (binary.Type == LanguageType.Date)
        {
            var (date, period) = binary.Left.Type == LanguageType.Date ? (left, binary.Right) : (right, binary.Left);
            return Call(nameof(RuleFunctions.Shift), Lift(date), Expression.Constant((Period)period.Constant!), Expression.Constant(binary.Operator == "-"));
        }

        if (binary.Type == LanguageType.Duration)
        {
            return Call(nameof(RuleFunctions.Between), Lift(right), Lift(left));
        }

        return binary.Operator switch
        {
            "*" => Call(nameof(RuleFunctions.Multiply), Lift(left), Lift(right)),
            "/" => Call(nameof(RuleFunctions.Divide), Lift(left), Lift(right)),
            _ => Lifted(binary.Operator, left, right),
        };
    }

    private static BinaryExpression Lifted(string op, Expression left, Expression right)
    {
        (left, right) = SameType(left, right);
        return op == "+" ? Expression.Add(left, right) : Expression.Subtract(left, right);
    }

    private MethodCallExpression Function(BoundCall call)
    {
        var arguments = call.Arguments.Select(Lower).ToList();
        return call.Function switch
        {
            "floor" => Call(nameof(RuleFunctions.Floor), Lift(arguments[0])),
            "ceil" => Call(nameof(RuleFunctions.Ceiling), Lift(arguments[0])),
            "round" => Call(nameof(RuleFunctions.Round), Lift(arguments[0]), Expression.Constant(call.Arguments.Count > 1 ? (int)(decimal)call.Arguments[1].Constant! : 0)),
            "abs" => Call(nameof(RuleFunctions.Abs), Lift(arguments[0])),
            "min" => Call(nameof(RuleFunctions.Min), Expression.NewArrayInit(typeof(decimal?), arguments.Select(Lift))),
            "max" => Call(nameof(RuleFunctions.Max), Expression.NewArrayInit(typeof(decimal?), arguments.Select(Lift))),
            "lower" => Call(nameof(RuleFunctions.Lower), arguments[0]),
            "upper" => Call(nameof(RuleFunctions.Upper), arguments[0]),
            "year" => Call(nameof(RuleFunctions.Year), Lift(arguments[0])),
            "month" => Call(nameof(RuleFunctions.Month), Lift(arguments[0])),
            "day" => Call(nameof(RuleFunctions.Day), Lift(arguments[0])),
            "weekday" => Call(nameof(RuleFunctions.Weekday), Lift(arguments[0])),
            _ => throw new InvalidOperationException($"No function {call.Function}."),
        };
    }

    private Expression In(BoundIn @in)
    {
        var item = Lower(@in.Item);
        Expression test;
        if (@in.List.Type == LanguageType.TextSet)
        {
            test = Call(nameof(RuleFunctions.HasTag), Lower(@in.List), item);
        }
        else if (@in.List is BoundLiteral { Value: object[] values })
        {
            test = Member(item, values);
        }
        else
        {
            var list = (BoundList)@in.List;
            test = list.Items.Select(i => Comparison("=", item, Lower(i))).Aggregate(Expression.OrElse);
        }

        return @in.Negated ? Expression.Not(test) : test;
    }

    /// <summary>A set lookup of a fixed list: texts, numbers (as decimals), dates or tier levels.</summary>
    private static MethodCallExpression Member(Expression item, object[] values)
    {
        var type = Underlying(item.Type);
        if (type == typeof(string))
        {
            return Call(nameof(RuleFunctions.InText), item, Expression.Constant(values.Cast<string>().ToFrozenSet(StringComparer.Ordinal), typeof(IReadOnlySet<string>)));
        }

        var set = type == typeof(decimal) ? (object)values.Cast<decimal>().ToFrozenSet()
            : type == typeof(DateOnly) ? values.Cast<DateOnly>().ToFrozenSet()
            : values.Cast<int>().ToFrozenSet();
        var method = typeof(RuleFunctions).GetMethod(nameof(RuleFunctions.In))!.MakeGenericMethod(type);
        return Expression.Call(method, Lift(item), Expression.Constant(set, typeof(IReadOnlySet<>).MakeGenericType(type)));
    }

    private MethodCallExpression TextTest(BoundTextTest test)
    {
        var left = Lower(test.Left);
        var right = Lower(test.Right);
        return test.Operator switch
        {
            "contains" when test.Left.Type == LanguageType.TextSet => Call(nameof(RuleFunctions.HasTag), left, right),
            "contains" => Call(nameof(RuleFunctions.Contains), left, right),
            "starts with" => Call(nameof(RuleFunctions.StartsWith), left, right),
            _ => Call(nameof(RuleFunctions.EndsWith), left, right),
        };
    }

    private Expression Presence(BoundPresence presence)
    {
        var operand = Lower(presence.Operand);
        if (operand.Type.IsValueType && Nullable.GetUnderlyingType(operand.Type) is null)
        {
            return Expression.Constant(presence.Present);
        }

        var missing = Expression.Constant(null, operand.Type);
        return presence.Present ? Expression.NotEqual(operand, missing) : Expression.Equal(operand, missing);
    }

    private static (Expression Left, Expression Right) SameType(Expression left, Expression right) =>
        left.Type == right.Type ? (left, right) : (Lift(left), Lift(right));

    private static Expression Lift(Expression expression) =>
        expression.Type.IsValueType && Nullable.GetUnderlyingType(expression.Type) is null
            ? Expression.Convert(expression, typeof(Nullable<>).MakeGenericType(expression.Type))
            : expression;

    private static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static Expression Convert(Expression fact, Type type) => fact.Type == type ? fact : Expression.Convert(fact, type);

    private static MethodCallExpression Call(string name, params Expression[] arguments) => Expression.Call(Functions[name], arguments);

    /// <summary>The non-generic functions by name, looked up once.</summary>
    private static readonly FrozenDictionary<string, MethodInfo> Functions = typeof(RuleFunctions)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => !m.IsGenericMethod)
        .ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Replaces the schema accessor's parameter with the rule's own.</summary>
    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
