using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>An action the binder never makes, so lowering has no case for it and fails as a compiler fault would.</summary>
internal sealed record UnlowerableAction(TextSpan Span) : BoundAction(Span);
