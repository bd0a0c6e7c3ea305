using System.CommandLine;
using LoyaltyRules.Cli.Output;
using LoyaltyRules.Language;
using LoyaltyRules.Language.Formatting;

namespace LoyaltyRules.Cli.Commands;

/// <summary>
/// <c>fmt &lt;files or folders&gt;</c>: rewrites rule files in the canonical layout (formatting formatted
/// text changes nothing). With <c>--check</c> nothing is written and the exit code says whether any
/// file would change. A file that does not parse is never rewritten: its errors are printed.
/// </summary>
internal static class FormatCommand
{
    public static Command Create(Func<ParseResult, Terminal> terminal)
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files (*.loyalty), or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when a file is not in canonical form." };
        var command = new Command("fmt", "Format rule files in the canonical layout, keeping every comment.") { paths, check };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), terminal(result)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool checkOnly, Terminal terminal)
    {
        var (files, missing) = SourceFiles.Expand(paths, ".loyalty");
        foreach (var path in missing)
        {
            terminal.WriteLine(terminal.Red($"error: '{path}' is neither a file nor a folder"));
        }

        if (missing.Count > 0 || files.Count == 0)
        {
            if (missing.Count == 0)
            {
                terminal.WriteLine(terminal.Red("error: no rule files (*.loyalty) found"));
            }

            return CliApplication.UsageError;
        }

        int changed = 0, failed = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = Formatter.Format(new SourceText(file, text));
            if (result.Text is null)
            {
                DiagnosticPrinter.Print(terminal, result.Diagnostics);
                terminal.WriteLine(terminal.Red($"{file}: not formatted: it has syntax errors"));
                failed++;
                continue;
            }

            if (result.Text == text)
            {
                continue;
            }

            changed++;
            if (checkOnly)
            {
                terminal.WriteLine(terminal.Yellow($"{file}: not in canonical form"));
            }
            else
            {
                File.WriteAllText(file, result.Text);
                terminal.WriteLine($"{file}: formatted");
            }
        }

        var verb = checkOnly ? "would be reformatted" : "reformatted";
        var summary = $"{CheckCommand.Count(files.Count, "file")}: {changed} {verb}" + (failed > 0 ? $", {failed} with syntax errors" : "");
        terminal.WriteLine(failed > 0 || (checkOnly && changed > 0) ? terminal.Red(summary) : terminal.Green(summary));
        return failed > 0 || (checkOnly && changed > 0) ? CliApplication.Findings : CliApplication.Ok;
    }
}
