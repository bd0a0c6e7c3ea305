namespace LoyaltyRules.RuleModel;

/// <summary>The declarations visible at a point of an or-branch.</summary>
internal sealed class Scope(string location)
{
    private readonly Dictionary<string, Declaration> _declarations = new(StringComparer.Ordinal);

    public string Location { get; } = location;

    public IEnumerable<string> Names => _declarations.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out Declaration declaration) => _declarations.TryGetValue(name, out declaration!);

    public bool Contains(string name) => _declarations.ContainsKey(name);

    public void Add(Declaration declaration) => _declarations[declaration.Name] = declaration;

    public Scope With(Declaration declaration)
    {
        var scope = new Scope(Location);
        foreach (var existing in _declarations.Values)
        {
            scope.Add(existing);
        }

        scope.Add(declaration);
        return scope;
    }
}
