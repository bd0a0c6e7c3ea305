using System.CommandLine;
using LoyaltyRules.Cli.Output;
using LoyaltyRules.Language;

namespace LoyaltyRules.Cli.Commands;

/// <summary><c>check &lt;files or folders&gt;</c>: compiles rule files and prints every diagnostic; exit 1 when any has errors.</summary>
internal static class CheckCommand
{
    public static Command Create(Func<ParseResult, Terminal> terminal)
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files (*.loyalty), or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("check", "Check rule files: syntax, names, types and units, and warnings for rules that are probably wrong.") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, terminal(result)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, Terminal terminal)
    {
        var (files, missing) = SourceFiles.Expand(paths, ".loyalty");
        if (missing.Count > 0 || files.Count == 0)
        {
            foreach (var path in missing)
            {
                terminal.WriteLine(terminal.Red($"error: '{path}' is neither a file nor a folder"));
            }

            if (missing.Count == 0)
            {
                terminal.WriteLine(terminal.Red("error: no rule files (*.loyalty) found"));
            }

            return CliApplication.UsageError;
        }

        int errors = 0, warnings = 0;
        foreach (var file in files)
        {
            var compilation = LoyaltyCompiler.Compile(file, File.ReadAllText(file));
            DiagnosticPrinter.Print(terminal, compilation.Diagnostics);
            errors += compilation.Errors.Count();
            warnings += compilation.Warnings.Count();
        }

        var summary = $"{Count(files.Count, "file")} checked: {Count(errors, "error")}, {Count(warnings, "warning")}";
        terminal.WriteLine(errors > 0 ? terminal.Red(summary) : warnings > 0 ? terminal.Yellow(summary) : terminal.Green(summary));
        return errors > 0 ? CliApplication.Findings : CliApplication.Ok;
    }

    internal static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
