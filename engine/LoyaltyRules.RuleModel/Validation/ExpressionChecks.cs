using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>Checks that an expression's parameters name visible declarations of compatible types.</summary>
internal static class ExpressionChecks
{
    public static void CheckParameters(LambdaExpression expression, Scope scope, string what, Action<string> error, int skip = 0)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in expression.Parameters.Skip(skip))
        {
            if (string.IsNullOrEmpty(parameter.Name))
            {
                error($"{what} has an unnamed parameter; parameters name the declarations they read");
                continue;
            }

            if (!names.Add(parameter.Name))
            {
                error($"{what} has two parameters named '{parameter.Name}'");
                continue;
            }

            if (!scope.TryGet(parameter.Name, out var declaration))
            {
                var visible = string.Join(", ", scope.Names);
                error($"{what} reads '{parameter.Name}', which is not declared before it (visible: {(visible.Length == 0 ? "nothing" : visible)})");
            }
            else if (!parameter.Type.IsAssignableFrom(declaration.Type))
            {
                error($"{what} takes '{parameter.Name}' as {parameter.Type.Name}, but it is declared as {declaration.Type.Name}");
            }
        }
    }

    public static void CheckPredicate(LambdaExpression expression, Scope scope, string what, Action<string> error)
    {
        if (expression.ReturnType != typeof(bool))
        {
            error($"{what} must return bool, not {expression.ReturnType.Name}");
        }

        CheckParameters(expression, scope, what, error);
    }
}
