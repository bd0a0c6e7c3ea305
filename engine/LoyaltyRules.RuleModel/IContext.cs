namespace LoyaltyRules.RuleModel;

/// <summary>
/// What an action can do while its rule fires: change working memory (changes take effect at once and
/// may make other rules fire — forward chaining), keep facts linked to this match, stop the engine,
/// and emit results for the caller.
/// </summary>
public interface IContext
{
    /// <summary>The rule that is firing.</summary>
    RuleDefinition Rule { get; }

    /// <summary>The values the rule matched, by declaration name.</summary>
    IReadOnlyDictionary<string, object?> Match { get; }

    /// <summary>Adds a fact; throws when it is already in working memory.</summary>
    void Insert(object fact);

    /// <summary>Adds a fact unless it is already in working memory; true when added.</summary>
    bool TryInsert(object fact);

    /// <summary>Re-evaluates a fact after it changed; throws when it is not in working memory.</summary>
    void Update(object fact);

    /// <summary>Re-evaluates a fact if it is in working memory; true when it was.</summary>
    bool TryUpdate(object fact);

    /// <summary>Removes a fact; throws when it is not in working memory.</summary>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in working memory; true when it was.</summary>
    bool TryRetract(object fact);

    /// <summary>
    /// Adds a fact linked to this match under <paramref name="key"/>: it is retracted automatically
    /// when the match no longer holds.
    /// </summary>
    void InsertLinked(object key, object fact);

    /// <summary>Re-evaluates the fact linked under <paramref name="key"/>, replacing it with <paramref name="fact"/>.</summary>
    void UpdateLinked(object key, object fact);

    /// <summary>Retracts the fact linked under <paramref name="key"/>.</summary>
    void RetractLinked(object key);

    /// <summary>The fact linked to this match under <paramref name="key"/>, or null.</summary>
    object? GetLinked(object key);

    /// <summary>Stops firing after this action: <c>Fire</c> returns.</summary>
    void Halt();

    /// <summary>Hands a result to the caller, tagged with this rule.</summary>
    void Emit(object result);
}
