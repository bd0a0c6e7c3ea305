using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// Evaluates a condition (or any expression over declarations) outside the network, on values
/// looked up by declaration name, and reports the operands it compared with their values.
/// </summary>
internal sealed class ConditionExplainer
{
    private readonly LambdaExpression _lambda;
    private readonly Func<object?[], object?> _evaluate;
    private readonly (string Text, Func<object?[], object?> Value)[] _operands;

    public ConditionExplainer(LambdaExpression lambda)
    {
        _lambda = lambda;
        var args = Expression.Parameter(typeof(object?[]), "args");
        _evaluate = Compile(lambda.Body, lambda, args);
        _operands = [.. ObservedOperands.Of(lambda).Select(o => (Text(o), Compile(Unwrap(o), lambda, args)))];
    }

    /// <summary>The expression's value on the given values (its parameters looked up by name).</summary>
    public object? Evaluate(Func<string, object?> valueOf) => _evaluate(Arguments(valueOf));

    public ConditionOutcome Explain(string element, string text, Func<string, object?> valueOf)
    {
        var args = Arguments(valueOf);
        bool result;
        try
        {
            result = _evaluate(args) is true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ConditionOutcome(element, $"{text} (threw {ex.GetType().Name}: {ex.Message})", false, []);
        }

        var values = new List<ObservedValue>(_operands.Length);
        foreach (var (operand, value) in _operands)
        {
            object? observed;
            try
            {
                observed = value(args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                observed = $"(threw {ex.GetType().Name})";
            }

            values.Add(new ObservedValue(operand, observed));
        }

        return new ConditionOutcome(element, text, result, values);
    }

    private object?[] Arguments(Func<string, object?> valueOf) => [.. _lambda.Parameters.Select(p => valueOf(p.Name!))];

    private static Func<object?[], object?> Compile(Expression body, LambdaExpression lambda, ParameterExpression args)
    {
        var index = 0;
        var positions = lambda.Parameters.ToDictionary(p => p, _ => index++);
        var rewritten = ExpressionRewriter.Replace(
            Expression.Lambda(body, lambda.Parameters),
            p => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(positions[p])), p.Type));
        return DelegateCompiler.Compile(Expression.Lambda<Func<object?[], object?>>(Expression.Convert(rewritten, typeof(object)), args));
    }

    private static Expression Unwrap(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? Unwrap(convert.Operand) : expression;

    private static string Text(Expression expression) => Unwrap(expression).ToString();
}
