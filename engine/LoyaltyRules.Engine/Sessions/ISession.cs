using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine;

/// <summary>
/// Working memory and agenda for one evaluation. Single-threaded: drive a session from one thread at
/// a time. Cheap to create from an <see cref="ISessionFactory"/>; dispose it to hand its memory back
/// for reuse (copy <see cref="Results"/> and <see cref="Trace"/> first).
/// </summary>
/// <remarks>
/// Facts are compared by reference: inserting the same object twice is an error, equal objects are
/// distinct facts. Changes propagate at once; rules fire only in <see cref="Fire()"/>.
/// Firing order: higher priority first; then the rule declared earlier; then its earlier
/// or-alternative; then the match whose facts were inserted earlier (compared first fact first).
/// The same inputs therefore fire the same rules in the same order on every run and machine.
/// </remarks>
public interface ISession : IDisposable
{
    /// <summary>The options the session was created with.</summary>
    SessionOptions Options { get; }

    /// <summary>Events raised as facts change and rules fire.</summary>
    SessionEvents Events { get; }

    /// <summary>Adds a fact; throws <see cref="ArgumentException"/> when it is already in working memory.</summary>
    void Insert(object fact);

    /// <summary>Adds a fact unless it is already there; true when added.</summary>
    bool TryInsert(object fact);

    /// <summary>Adds every fact, or none: throws before changing anything if one is already there or listed twice.</summary>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Adds the facts that are not already there; returns how many were added.</summary>
    int TryInsertAll(IEnumerable<object> facts);

    /// <summary>Re-evaluates a fact that changed; throws <see cref="ArgumentException"/> when it is not in working memory.</summary>
    void Update(object fact);

    /// <summary>Re-evaluates a fact if it is in working memory; true when it was.</summary>
    bool TryUpdate(object fact);

    /// <summary>Updates every fact, or none: throws before changing anything if one is not in working memory.</summary>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates the facts that are in working memory; returns how many were.</summary>
    int TryUpdateAll(IEnumerable<object> facts);

    /// <summary>Removes a fact; throws <see cref="ArgumentException"/> when it is not in working memory.</summary>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in working memory; true when it was.</summary>
    bool TryRetract(object fact);

    /// <summary>Removes every fact, or none: throws before changing anything if one is not in working memory.</summary>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Removes the facts that are in working memory; returns how many were.</summary>
    int TryRetractAll(IEnumerable<object> facts);

    /// <summary>Fires rules until the agenda is empty or an action halts; returns how many fired.</summary>
    int Fire();

    /// <summary>Fires at most <paramref name="maxRules"/> rules; returns how many fired.</summary>
    int Fire(int maxRules);

    /// <summary>The facts of type <typeparamref name="T"/> in working memory, in insertion order.</summary>
    IEnumerable<T> Query<T>();

    /// <summary>True when <paramref name="fact"/> is in working memory.</summary>
    bool Contains(object fact);

    /// <summary>What actions emitted, in firing order.</summary>
    IReadOnlyList<RuleResult> Results { get; }

    /// <summary>The matches waiting to fire, in the order they would fire.</summary>
    IReadOnlyList<ActivationInfo> GetAgenda();

    /// <summary>What the session recorded (empty unless <see cref="SessionOptions.Trace"/> is on).</summary>
    SessionTrace Trace { get; }

    /// <summary>
    /// Why <paramref name="ruleName"/> has not fired: the furthest any alternative got against working
    /// memory and the first condition that failed. Null when the rule matches now or has fired.
    /// </summary>
    RuleMiss? ExplainWhyNot(string ruleName);
}
