using System.CommandLine;
using LoyaltyRules.Cli.Commands;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Cli.Output;

namespace LoyaltyRules.Cli;

/// <summary>The commands for rule authors, wired to the writers they report to (the console, or a test's).</summary>
internal static class CliApplication
{
    /// <summary>Exit code: everything is fine.</summary>
    public const int Ok = 0;

    /// <summary>Exit code: the files have problems (errors, failing scenarios, unformatted text).</summary>
    public const int Findings = 1;

    /// <summary>Exit code: the command itself was wrong (a path that does not exist, bad options).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>.
    /// The host commands open their connections with <paramref name="host"/> (a real HTTP client per address when null).
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool terminalSupportsColour, CliHost? host = null)
    {
        host ??= new CliHost(CliHost.Open, Interactive: false, TimeSpan.FromSeconds(1));
        var colour = new Option<string>("--color")
        {
            Description = "Colour the output: auto (when the terminal supports it), always or never.",
            DefaultValueFactory = _ => "auto",
            Recursive = true,
        };
        colour.AcceptOnlyFromAmong("auto", "always", "never");

        Terminal TerminalFor(ParseResult result) => new(output, result.GetValue(colour) switch
        {
            "always" => true,
            "never" => false,
            _ => terminalSupportsColour,
        });

        var root = new RootCommand("LoyaltyRules for rule authors: check, format and test loyalty rule files; simulate drafts and replay histories on a host.")
        {
            CheckCommand.Create(TerminalFor),
            FormatCommand.Create(TerminalFor),
            TestCommand.Create(TerminalFor),
            SimulateCommand.Create(TerminalFor, host),
            ReplayCommand.Create(TerminalFor, host),
        };
        root.Options.Add(colour);
        var parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
