using System.Linq.Expressions;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

/// <summary>Small helpers for writing test rules with the rule model factory.</summary>
internal static class TestRules
{
    /// <summary>An action that emits the rule's name.</summary>
    public static ActionGroupElement EmitName() =>
        Actions(Action((Expression<Action<IContext>>)(ctx => ctx.Emit(ctx.Rule.Name))));

    /// <summary>A rule that emits its name.</summary>
    public static RuleDefinition Rule(string name, GroupElement leftHandSide, RuleOptions? options = null) =>
        RuleModelFactory.Rule(name, leftHandSide, EmitName(), options);

    /// <summary>A rule with one action.</summary>
    public static RuleDefinition Rule(string name, GroupElement leftHandSide, LambdaExpression action, RuleOptions? options = null) =>
        RuleModelFactory.Rule(name, leftHandSide, Actions(Action(action)), options);

    public static ISessionFactory Compile(params RuleDefinition[] rules) => RuleCompiler.Compile(rules);

    /// <summary>The names of the rules that fired, in firing order (from emitted names).</summary>
    public static string[] FiredNames(this ISession session) => [.. session.Results.Select(r => r.Rule.Name)];

    /// <summary>Fires, then returns the names of the rules that fired.</summary>
    public static string[] FiredNamesAfterFire(this ISession session)
    {
        session.Fire();
        return session.FiredNames();
    }

    /// <summary>The agenda as "rule: value, value" lines.</summary>
    public static string[] AgendaLines(this ISession session) =>
        [.. session.GetAgenda().Select(a => $"{a.Rule.Name}: {string.Join(", ", a.Values.Select(v => v.Value))}")];
}
