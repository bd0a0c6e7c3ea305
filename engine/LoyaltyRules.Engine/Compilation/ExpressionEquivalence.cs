using System.Collections;
using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// Structural equality and hashing of expression trees, parameters compared by the slot they stand
/// for (a declaration's depth, or the right-hand fact) rather than by name. Two rules that test the
/// same thing in the same place therefore share one node, whatever they call their variables.
/// Unknown node kinds compare unequal: sharing is an optimisation, never a risk.
/// </summary>
internal sealed class ExpressionEquivalence
{
    private readonly IReadOnlyDictionary<ParameterExpression, int> _slotsX;
    private readonly IReadOnlyDictionary<ParameterExpression, int> _slotsY;
    private readonly List<(ParameterExpression X, ParameterExpression Y)> _nested = [];

    private ExpressionEquivalence(IReadOnlyDictionary<ParameterExpression, int> slotsX, IReadOnlyDictionary<ParameterExpression, int> slotsY)
    {
        _slotsX = slotsX;
        _slotsY = slotsY;
    }

    public static bool AreEqual(Expression x, IReadOnlyDictionary<ParameterExpression, int> slotsX, Expression y, IReadOnlyDictionary<ParameterExpression, int> slotsY) =>
        new ExpressionEquivalence(slotsX, slotsY).Equal(x, y);

    public static int Hash(Expression expression, IReadOnlyDictionary<ParameterExpression, int> slots) => ExpressionHasher.Hash(expression, slots);

    private bool Equal(Expression? x, Expression? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        if (x.NodeType != y.NodeType || x.Type != y.Type)
        {
            return false;
        }

        return (x, y) switch
        {
            (BinaryExpression a, BinaryExpression b) => a.Method == b.Method && a.IsLiftedToNull == b.IsLiftedToNull
                && Equal(a.Left, b.Left) && Equal(a.Right, b.Right) && Equal(a.Conversion, b.Conversion),
            (UnaryExpression a, UnaryExpression b) => a.Method == b.Method && Equal(a.Operand, b.Operand),
            (ConstantExpression a, ConstantExpression b) => ConstantsEqual(a.Value, b.Value),
            (MemberExpression a, MemberExpression b) => a.Member == b.Member && Equal(a.Expression, b.Expression),
            (MethodCallExpression a, MethodCallExpression b) => a.Method == b.Method && Equal(a.Object, b.Object) && Equal(a.Arguments, b.Arguments),
            (ParameterExpression a, ParameterExpression b) => ParametersEqual(a, b),
            (ConditionalExpression a, ConditionalExpression b) => Equal(a.Test, b.Test) && Equal(a.IfTrue, b.IfTrue) && Equal(a.IfFalse, b.IfFalse),
            (NewExpression a, NewExpression b) => a.Constructor == b.Constructor && Equal(a.Arguments, b.Arguments)
                && (a.Members ?? []).SequenceEqual(b.Members ?? []),
            (NewArrayExpression a, NewArrayExpression b) => Equal(a.Expressions, b.Expressions),
            (TypeBinaryExpression a, TypeBinaryExpression b) => a.TypeOperand == b.TypeOperand && Equal(a.Expression, b.Expression),
            (LambdaExpression a, LambdaExpression b) => LambdasEqual(a, b),
            (InvocationExpression a, InvocationExpression b) => Equal(a.Expression, b.Expression) && Equal(a.Arguments, b.Arguments),
            (DefaultExpression, DefaultExpression) => true,
            (IndexExpression a, IndexExpression b) => a.Indexer == b.Indexer && Equal(a.Object, b.Object) && Equal(a.Arguments, b.Arguments),
            _ => false,
        };
    }

    private bool Equal(System.Collections.ObjectModel.ReadOnlyCollection<Expression> x, System.Collections.ObjectModel.ReadOnlyCollection<Expression> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!Equal(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool ParametersEqual(ParameterExpression x, ParameterExpression y)
    {
        for (var i = _nested.Count - 1; i >= 0; i--)
        {
            if (_nested[i].X == x || _nested[i].Y == y)
            {
                return _nested[i].X == x && _nested[i].Y == y;
            }
        }

        return _slotsX.TryGetValue(x, out var slotX) && _slotsY.TryGetValue(y, out var slotY) && slotX == slotY;
    }

    private bool LambdasEqual(LambdaExpression x, LambdaExpression y)
    {
        if (x.Parameters.Count != y.Parameters.Count)
        {
            return false;
        }

        var mark = _nested.Count;
        for (var i = 0; i < x.Parameters.Count; i++)
        {
            if (x.Parameters[i].Type != y.Parameters[i].Type)
            {
                return false;
            }

            _nested.Add((x.Parameters[i], y.Parameters[i]));
        }

        var equal = Equal(x.Body, y.Body);
        _nested.RemoveRange(mark, _nested.Count - mark);
        return equal;
    }

    private static bool ConstantsEqual(object? x, object? y)
    {
        if (Equals(x, y))
        {
            return true;
        }

        return x is IEnumerable a && y is IEnumerable b && x is not string && y is not string
            && a.Cast<object?>().SequenceEqual(b.Cast<object?>());
    }
}
