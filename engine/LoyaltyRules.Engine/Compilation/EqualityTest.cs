using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>A single-fact condition of the form <c>key(fact) == constant</c>: the part that can go in a hash dispatch.</summary>
/// <param name="Key">The non-constant side, as a lambda over the fact.</param>
/// <param name="Constant">The constant's value (never null).</param>
internal sealed record EqualityTest(LambdaExpression Key, object Constant);
