namespace LoyaltyRules.Language;

/// <summary>Text written the way a rule or scenario file writes a text literal: in double quotes, with <c>\</c> and <c>"</c> escaped.</summary>
internal static class TextLiteral
{
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
