using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>Checks that an expression's parameters name visible declarations of compatible types.</summary>
internal static class ExpressionChecks
{
    public static void CheckParameters(LambdaExpression expression, Scope scope, Func<string> describe, Action<string> error, int skip = 0)
    {
        var parameters = expression.Parameters;
        for (var i = skip; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (string.IsNullOrEmpty(parameter.Name))
            {
                error($"{describe()} has an unnamed parameter; parameters name the declarations they read");
                continue;
            }

            if (IsRepeated(parameters, skip, i))
            {
                error($"{describe()} has two parameters named '{parameter.Name}'");
                continue;
            }

            if (!scope.TryGet(parameter.Name, out var declaration))
            {
                var visible = string.Join(", ", scope.Names);
                error($"{describe()} reads '{parameter.Name}', which is not declared before it (visible: {(visible.Length == 0 ? "nothing" : visible)})");
            }
            else if (!parameter.Type.IsAssignableFrom(declaration.Type))
            {
                error($"{describe()} takes '{parameter.Name}' as {parameter.Type.Name}, but it is declared as {declaration.Type.Name}");
            }
        }
    }

    public static void CheckPredicate(LambdaExpression expression, Scope scope, Func<string> describe, Action<string> error)
    {
        if (expression.ReturnType != typeof(bool))
        {
            error($"{describe()} must return bool, not {expression.ReturnType.Name}");
        }

        CheckParameters(expression, scope, describe, error);
    }

    /// <summary>Whether an earlier parameter (from <paramref name="skip"/>) has the same name as parameter <paramref name="index"/>.</summary>
    private static bool IsRepeated(System.Collections.ObjectModel.ReadOnlyCollection<ParameterExpression> parameters, int skip, int index)
    {
        for (var j = skip; j < index; j++)
        {
            if (string.Equals(parameters[j].Name, parameters[index].Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
