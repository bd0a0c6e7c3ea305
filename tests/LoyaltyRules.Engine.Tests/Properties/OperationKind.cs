namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>What one step of a generated scenario does.</summary>
internal enum OperationKind
{
    /// <summary>Set the fact's fields and insert it; when it is already in working memory, expect a refusal.</summary>
    Insert,

    /// <summary>Set the fact's fields and update it; when it is not in working memory, expect a refusal.</summary>
    Update,

    /// <summary>Retract the fact; when it is not in working memory, expect a refusal.</summary>
    Retract,

    /// <summary>Insert several facts at once (<c>InsertAll</c> or <c>TryInsertAll</c>).</summary>
    InsertAll,

    /// <summary>Retract several facts at once (<c>RetractAll</c> or <c>TryRetractAll</c>).</summary>
    RetractAll,

    /// <summary><c>Fire()</c>.</summary>
    Fire,

    /// <summary><c>Fire(First)</c>.</summary>
    FireSome,
}
