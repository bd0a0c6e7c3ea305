namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// A delegate compiled on first use and kept for every later use, by every thread. Compiling lazily
/// keeps building a factory of many rules fast; an evaluation pays for the nodes it reaches, once.
/// </summary>
internal sealed class CompiledDelegate<T>(Func<T> compile)
    where T : Delegate
{
    private T? _value;

    public T Value => _value ?? CompileNow();

    private T CompileNow()
    {
        var compiled = compile();
        return Interlocked.CompareExchange(ref _value, compiled, null) ?? compiled;
    }
}
