namespace LoyaltyRules.RuleModel;

/// <summary>Checks one rule: its name, each or-branch's scopes and elements, and its actions.</summary>
internal sealed class RuleChecker(RuleDefinition rule)
{
    private readonly List<RuleModelError> _errors = [];
    private readonly string _ruleName = string.IsNullOrWhiteSpace(rule.Name) ? "(unnamed)" : rule.Name;

    public IReadOnlyList<RuleModelError> Check()
    {
        if (string.IsNullOrWhiteSpace(rule.Name))
        {
            Error("the rule has no name");
        }

        if (!LeftHandSideExpansion.TryExpand(rule.LeftHandSide, out var branches))
        {
            Error($"the left-hand side expands to more than {LeftHandSideExpansion.MaxBranches} alternatives; split the rule");
            return _errors;
        }

        if (branches.Count == 0)
        {
            Error("the left-hand side has an empty or-group, so the rule can never match");
        }

        var scopes = new List<Scope>();
        for (var i = 0; i < branches.Count; i++)
        {
            var location = branches.Count == 1 ? "" : $"alternative {i + 1}: ";
            scopes.Add(new BranchChecker(location, Error).Check(branches[i]));
        }

        CheckActions(scopes);
        return _errors;
    }

    private void CheckActions(List<Scope> scopes)
    {
        if (rule.RightHandSide.Actions.Count == 0)
        {
            Error("the rule has no actions");
        }

        foreach (var action in rule.RightHandSide.Actions)
        {
            var parameters = action.Expression.Parameters;
            if (parameters.Count == 0 || parameters[0].Type != typeof(IContext))
            {
                Error($"action '{action}' must take the IContext as its first parameter");
                continue;
            }

            foreach (var scope in scopes)
            {
                ExpressionChecks.CheckParameters(action.Expression, scope, () => $"{scope.Location}action '{action}'", Error, skip: 1);
            }
        }
    }

    private void Error(string message) => _errors.Add(new RuleModelError(_ruleName, message));
}
