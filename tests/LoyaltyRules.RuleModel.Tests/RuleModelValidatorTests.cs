using System.Linq.Expressions;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.RuleModel.Tests;

public sealed class RuleModelValidatorTests
{
    private static ActionGroupElement Noop() => Actions(Action((Expression<Action<IContext>>)(ctx => ctx.Halt())));

    private static IReadOnlyList<string> Errors(params RuleDefinition[] rules) =>
        [.. RuleModelValidator.Validate(rules).Select(e => e.ToString())];

    [Fact]
    public void Validate_ValidRule_NoErrors()
    {
        var rule = Rule("ok", And(Pattern<Item>("i", i => i.Price > 0)), Noop());

        Assert.Empty(Errors(rule));
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEveryOneNamingItsRule()
    {
        var first = Rule("first", And(Pattern(typeof(Item), "i", (Expression<Func<Item, int>>)(i => i.Id))), Noop());
        var second = Rule("second", And(Pattern<Item>("i"), Pattern<Item>("i")), Actions());
        var third = Rule("first", And(Pattern<Item>("x")), Noop());

        Assert.Equal(
            [
                "rule 'first': pattern 'i': condition 'i => i.Id' must return bool, not Int32",
                "rule 'second': pattern 'i' reuses the name 'i', which is already declared",
                "rule 'second': the rule has no actions",
                "rule 'first': another rule has the same name; rule names must be unique",
            ],
            Errors(first, second, third));
    }

    [Fact]
    public void Validate_ParameterOfWrongType_NamesBothTypes()
    {
        var rule = Rule("typed", And(Pattern<Item>("i"), Pattern(typeof(Item), "j", (Expression<Func<Item, string, bool>>)((j, i) => j.Name == i))), Noop());

        Assert.Equal(["rule 'typed': pattern 'j': condition '(j, i) => (j.Name == i)' takes 'i' as String, but it is declared as Item"], Errors(rule));
    }

    [Fact]
    public void Validate_NotPatternReusesAName_AndItsDeclarationIsNotVisibleAfterwards()
    {
        var rule = Rule("not", And(Pattern<Item>("i"), Not(Pattern<Item>("i")), Not(Pattern<Item>("gone")), Filter((Expression<Func<Item, bool>>)(gone => gone.Id > 0))), Noop());

        Assert.Equal(
            [
                "rule 'not': not pattern 'i' reuses the name 'i', which is already declared",
                "rule 'not': filter 'gone => (gone.Id > 0)' reads 'gone', which is not declared before it (visible: i)",
            ],
            Errors(rule));
    }

    [Fact]
    public void Validate_AggregateProblems_AreReported()
    {
        var sumOfNames = Aggregate(AggregateKind.Min, Pattern<Item>("x"), (Expression<Func<Item, object>>)(x => x));
        var wrongSelector = Sum(Pattern<Item>("y"), (Expression<Func<Item, decimal>>)(z => z.Price));
        var rule = Rule("aggregates", And(
            Pattern(Declaration("a", typeof(object)), [], sumOfNames),
            Pattern(Declaration("b", typeof(int)), [], wrongSelector)), Noop());

        Assert.Equal(
            [
                "rule 'aggregates': pattern 'a': Min over 'x': the selector returns Object, which cannot be compared",
                "rule 'aggregates': pattern 'b': Sum over 'y': selector must take exactly the aggregated fact 'y'",
                "rule 'aggregates': pattern 'b' is declared as Int32, but its Sum aggregate produces Decimal",
            ],
            Errors(rule));
    }

    [Fact]
    public void Validate_ActionWithoutContextFirst_IsReported()
    {
        var rule = Rule("action", And(Pattern<Item>("i")), Actions(Action((Expression<Action<Item>>)(i => Console.WriteLine(i)))));

        Assert.Equal(["rule 'action': action 'i => WriteLine(i)' must take the IContext as its first parameter"], Errors(rule));
    }

    [Fact]
    public void Validate_EmptyOrGroup_CanNeverMatch()
    {
        var rule = Rule("never", And(Or()), Noop());

        Assert.Equal(["rule 'never': the left-hand side has an empty or-group, so the rule can never match"], Errors(rule));
    }

    [Fact]
    public void ThrowIfInvalid_Problems_ExceptionListsThemAll()
    {
        var error = Assert.Throws<RuleModelValidationException>(() => RuleModelValidator.ThrowIfInvalid([Rule(" ", And(), Actions())]));

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal($"The rule set has 2 problems:{Environment.NewLine}  rule '(unnamed)': the rule has no name{Environment.NewLine}  rule '(unnamed)': the rule has no actions", error.Message);
    }
}
