using System.Linq.Expressions;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// A condition of an alternative, kept for explanations: what it belongs to, how it reads, and the
/// expression (null for outcomes that are facts of the network, such as "no Order matches").
/// </summary>
/// <param name="Element">The declaration it belongs to, or "filter".</param>
/// <param name="Text">Its label or expression text.</param>
/// <param name="Expression">The condition over declarations; null when <paramref name="Element"/> states an outcome only.</param>
internal sealed record TracedCondition(string Element, string Text, LambdaExpression? Expression);
