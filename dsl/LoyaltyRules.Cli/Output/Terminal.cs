namespace LoyaltyRules.Cli.Output;

/// <summary>
/// Where the CLI writes, and whether in colour: colour when writing to a terminal that supports it
/// (not redirected, <c>NO_COLOR</c> unset, <c>TERM</c> not <c>dumb</c>), or when asked; plain text otherwise.
/// </summary>
internal sealed class Terminal(TextWriter writer, bool colour)
{
    private const string Reset = "\u001b[0m";

    public TextWriter Writer { get; } = writer;

    public bool Colour { get; } = colour;

    /// <summary>Whether the console's standard output takes colour.</summary>
    public static bool ConsoleSupportsColour() =>
        !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null or ""
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public string Red(string text) => Paint("\u001b[31m", text);

    public string Yellow(string text) => Paint("\u001b[33m", text);

    public string Green(string text) => Paint("\u001b[32m", text);

    public string Cyan(string text) => Paint("\u001b[36m", text);

    public string Bold(string text) => Paint("\u001b[1m", text);

    public string Dim(string text) => Paint("\u001b[2m", text);

    public void WriteLine(string text = "") => Writer.WriteLine(text);

    private string Paint(string code, string text) => Colour && text.Length > 0 ? code + text + Reset : text;
}
