namespace LoyaltyRules.Language.Syntax;

/// <summary>A parsed file: its text, its syntax tree (the declarations that parsed), and the lexical and syntax problems.</summary>
public sealed record ParsedFile(SourceText Source, CompilationUnitSyntax Root, IReadOnlyList<Diagnostic> Diagnostics);
