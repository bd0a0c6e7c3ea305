using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>Which of a lambda's own parameters an expression reads (parameters of nested lambdas do not count).</summary>
internal static class ParameterUse
{
    public static HashSet<ParameterExpression> Of(Expression expression, IReadOnlyCollection<ParameterExpression> parameters)
    {
        var collector = new Collector(parameters);
        collector.Visit(expression);
        return collector.Used;
    }

    private sealed class Collector(IReadOnlyCollection<ParameterExpression> parameters) : ExpressionVisitor
    {
        public HashSet<ParameterExpression> Used { get; } = [];

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (parameters.Contains(node))
            {
                Used.Add(node);
            }

            return node;
        }
    }
}
