using System.CommandLine;
using LoyaltyRules.Cli.Output;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Language;
using LoyaltyRules.Language.Scenarios;

namespace LoyaltyRules.Cli.Commands;

/// <summary>
/// <c>test &lt;folders or files&gt;</c>: runs the scenario files (*.scenarios) kept next to rule files
/// and reports each failing expectation at its line; exit 1 when any scenario fails.
/// </summary>
internal static class TestCommand
{
    public static Command Create(Func<ParseResult, Terminal> terminal)
    {
        var paths = new Argument<string[]>("paths") { Description = "Scenario files (*.scenarios), or folders to search for them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test", "Run scenario files: given a customer and dated events, expect exactly these decisions.") { paths };
        command.SetAction(result => Run(result.GetValue(paths)!, terminal(result)));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, Terminal terminal)
    {
        var (files, missing) = SourceFiles.Expand(paths, ".scenarios");
        foreach (var path in missing)
        {
            terminal.WriteLine(terminal.Red($"error: '{path}' is neither a file nor a folder"));
        }

        if (missing.Count > 0)
        {
            return CliApplication.UsageError;
        }

        if (files.Count == 0)
        {
            terminal.WriteLine(terminal.Red("error: no scenario files (*.scenarios) found"));
            return CliApplication.UsageError;
        }

        var programs = new Dictionary<string, LoyaltyProgram?>(StringComparer.Ordinal);
        int passed = 0, failed = 0, broken = 0;
        foreach (var path in files)
        {
            terminal.WriteLine(terminal.Bold(path));
            var file = ScenarioParser.Parse(new SourceText(path, File.ReadAllText(path)));
            DiagnosticPrinter.Print(terminal, file.Diagnostics);
            var program = file.Diagnostics.Any(d => d.IsError) ? null : Program(path, file, programs, terminal);
            if (program is null)
            {
                broken++;
                failed += file.Scenarios.Count;
                continue;
            }

            foreach (var result in ScenarioRunner.Run(file, program))
            {
                if (result.Passed)
                {
                    passed++;
                    terminal.WriteLine($"  {terminal.Green("✓")} {result.Scenario.Name}");
                    continue;
                }

                failed++;
                terminal.WriteLine($"  {terminal.Red("✗")} {result.Scenario.Name}");
                foreach (var failure in result.Failures)
                {
                    terminal.WriteLine("      " + terminal.Red(failure.ToString()));
                }
            }
        }

        var summary = $"{CheckCommand.Count(passed + failed, "scenario")}: {passed} passed, {failed} failed" + (broken > 0 ? $" ({CheckCommand.Count(broken, "file")} could not run)" : "");
        terminal.WriteLine(failed > 0 ? terminal.Red(summary) : terminal.Green(summary));
        return failed > 0 || broken > 0 ? CliApplication.Findings : CliApplication.Ok;
    }

    /// <summary>
    /// The program a scenario file tests: the file its <c>rules "…"</c> line names, else the rule file
    /// of the same name, else the only rule file in its folder. Compiled once per run.
    /// </summary>
    private static LoyaltyProgram? Program(string scenarioPath, ScenarioFile file, Dictionary<string, LoyaltyProgram?> programs, Terminal terminal)
    {
        var folder = FolderOf(scenarioPath);
        string? rulesPath = file.RulesPath is { } named ? Path.Combine(folder, named) : null;
        if (rulesPath is null)
        {
            var sameName = Path.ChangeExtension(scenarioPath, ".loyalty");
            var inFolder = Directory.EnumerateFiles(folder, "*.loyalty").ToList();
            rulesPath = File.Exists(sameName) ? sameName : inFolder.Count == 1 ? inFolder[0] : null;
        }

        if (rulesPath is null || !File.Exists(rulesPath))
        {
            var why = rulesPath is null
                ? $"no rule file for {scenarioPath}: name it with a 'rules \"file.loyalty\"' line, or give it the same name as its rule file"
                : $"the rule file {rulesPath} does not exist";
            DiagnosticPrinter.Print(terminal, [DiagnosticCatalog.RuleFileNotFound.Create(file.Source, new TextSpan(0, 0), why)]);
            return null;
        }

        if (!programs.TryGetValue(rulesPath, out var program))
        {
            var compilation = LoyaltyCompiler.Compile(rulesPath, File.ReadAllText(rulesPath));
            DiagnosticPrinter.Print(terminal, compilation.Errors);
            program = compilation.Program;
            programs[rulesPath] = program;
        }

        return program;
    }

    /// <summary>The folder a file given on the command line is in: "." for a bare file name (whose folder name is empty).</summary>
    internal static string FolderOf(string path) => Path.GetDirectoryName(path) is { Length: > 0 } folder ? folder : ".";
}
