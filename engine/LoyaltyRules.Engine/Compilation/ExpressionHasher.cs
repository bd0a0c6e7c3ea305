using System.Collections;
using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>A hash consistent with <see cref="ExpressionEquivalence"/> (parameters hash by slot).</summary>
internal static class ExpressionHasher
{
    public static int Hash(Expression? expression, IReadOnlyDictionary<ParameterExpression, int> slots)
    {
        if (expression is null)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(expression.NodeType);
        hash.Add(expression.Type);
        switch (expression)
        {
            case BinaryExpression b:
                hash.Add(b.Method);
                hash.Add(Hash(b.Left, slots));
                hash.Add(Hash(b.Right, slots));
                break;
            case UnaryExpression u:
                hash.Add(u.Method);
                hash.Add(Hash(u.Operand, slots));
                break;
            case ConstantExpression c:
                hash.Add(ConstantHash(c.Value));
                break;
            case MemberExpression m:
                hash.Add(m.Member);
                hash.Add(Hash(m.Expression, slots));
                break;
            case MethodCallExpression call:
                hash.Add(call.Method);
                hash.Add(Hash(call.Object, slots));
                foreach (var argument in call.Arguments)
                {
                    hash.Add(Hash(argument, slots));
                }

                break;
            case ParameterExpression p:
                hash.Add(slots.TryGetValue(p, out var slot) ? slot : -99);
                break;
            case LambdaExpression lambda:
                hash.Add(lambda.Parameters.Count);
                hash.Add(Hash(lambda.Body, slots));
                break;
            case ConditionalExpression conditional:
                hash.Add(Hash(conditional.Test, slots));
                hash.Add(Hash(conditional.IfTrue, slots));
                hash.Add(Hash(conditional.IfFalse, slots));
                break;
            default:
                break;
        }

        return hash.ToHashCode();
    }

    private static int ConstantHash(object? value)
    {
        if (value is IEnumerable sequence and not string)
        {
            var hash = new HashCode();
            foreach (var item in sequence)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }

        return value?.GetHashCode() ?? 0;
    }
}
