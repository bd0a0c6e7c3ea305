namespace LoyaltyRules.Engine.Compilation;

/// <summary>Where each declaration of an alternative lives: the depth of the token level holding its value.</summary>
internal sealed class DeclarationDepths
{
    private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);

    public int this[string name] => _depths[name];

    public bool TryGet(string name, out int depth) => _depths.TryGetValue(name, out depth);

    public void Add(string name, int depth) => _depths[name] = depth;
}
