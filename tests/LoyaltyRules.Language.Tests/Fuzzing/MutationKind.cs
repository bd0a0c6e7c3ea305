namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>The ways a valid program is damaged: at the level of characters, lines and tokens.</summary>
internal enum MutationKind
{
    DeleteCharacter,
    InsertCharacter,
    DuplicateCharacter,
    SwapCharacters,
    DeleteLine,
    DuplicateLine,
    SwapLines,
    DeleteToken,
    DuplicateToken,
    SwapTokens,
    InsertToken,
    ReplaceNumber,
    Truncate,
    InsertUnicode,
    InsertTab,
    InsertCarriageReturn,
    SplitLine,
    Unindent,
}
