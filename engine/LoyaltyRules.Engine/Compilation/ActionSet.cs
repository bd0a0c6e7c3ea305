using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>The actions of an alternative, compiled against its layout and run in order.</summary>
internal sealed class ActionSet(CompiledRule rule, IReadOnlyList<ActionElement> actions, DeclarationDepths depths, int tupleDepth)
{
    private Action<IContext, Token>[]? _compiled;

    public void Invoke(IContext context, Token tuple)
    {
        var compiled = _compiled ?? Compile();
        for (var i = 0; i < compiled.Length; i++)
        {
            try
            {
                compiled[i](context, tuple);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not RuleEngineException)
            {
                throw new RuleActionException(actions[i].ToString(), rule.Definition.Name, TokenValues.Of(tuple), ex);
            }
        }
    }

    /// <summary>Compiles the actions on the first firing; a race compiles twice and keeps one, harmlessly.</summary>
    private Action<IContext, Token>[] Compile()
    {
        Action<IContext, Token>[] compiled = [.. actions.Select(a => ExpressionRewriter.CompileAction(a.Expression, depths, tupleDepth))];
        Volatile.Write(ref _compiled, compiled);
        return compiled;
    }
}
