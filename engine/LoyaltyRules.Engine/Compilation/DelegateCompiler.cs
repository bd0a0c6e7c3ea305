using System.Linq.Expressions;
using FastExpressionCompiler;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>Turns expression trees into delegates: FastExpressionCompiler, or the framework's compiler for what it declines.</summary>
internal static class DelegateCompiler
{
    public static T Compile<T>(Expression<T> expression)
        where T : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
