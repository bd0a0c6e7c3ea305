using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>A value the reference evaluator bound: a fact (<paramref name="IsFact"/>), an aggregate result or a binding.</summary>
internal sealed record ReferenceValue(Declaration Declaration, object? Value, bool IsFact);
