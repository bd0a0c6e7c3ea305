using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// The operands worth showing when explaining a condition: the non-constant sides of comparisons
/// and the non-constant arguments of boolean method calls, through and/or/not, each once.
/// </summary>
internal static class ObservedOperands
{
    public static IReadOnlyList<Expression> Of(LambdaExpression lambda)
    {
        var found = new List<Expression>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(lambda.Body, lambda.Parameters, found, seen);
        return found;
    }

    private static void Collect(Expression expression, IReadOnlyCollection<ParameterExpression> parameters, List<Expression> found, HashSet<string> seen)
    {
        switch (expression)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.And or ExpressionType.Or } logical when logical.Type == typeof(bool):
                Collect(logical.Left, parameters, found, seen);
                Collect(logical.Right, parameters, found, seen);
                break;
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                Collect(not.Operand, parameters, found, seen);
                break;
            case BinaryExpression comparison:
                Add(comparison.Left, parameters, found, seen);
                Add(comparison.Right, parameters, found, seen);
                break;
            case MethodCallExpression call:
                if (call.Object is not null)
                {
                    Add(call.Object, parameters, found, seen);
                }

                foreach (var argument in call.Arguments)
                {
                    Add(argument, parameters, found, seen);
                }

                break;
            default:
                Add(expression, parameters, found, seen);
                break;
        }
    }

    private static void Add(Expression operand, IReadOnlyCollection<ParameterExpression> parameters, List<Expression> found, HashSet<string> seen)
    {
        if (operand is LambdaExpression || ParameterUse.Of(operand, parameters).Count == 0)
        {
            return;
        }

        if (seen.Add(operand.ToString()))
        {
            found.Add(operand);
        }
    }
}
