namespace LoyaltyRules.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Clean = """
        program "Clean"

        rule "Birthday"
          when birthday
          then award 500 points
        """;

    [Fact]
    public void Check_CleanFile_ExitsZeroAndSaysSo()
    {
        using var cli = new CliRun();
        var file = cli.Write("clean.loyalty", Clean);

        Assert.Equal(0, cli.Run("check", file));
        Assert.Contains("1 file checked: 0 errors, 0 warnings", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileWithError_ExitsOneAndPrintsTheDiagnosticWithCaret()
    {
        using var cli = new CliRun();
        var file = cli.Write("typo.loyalty", "program \"Typo\"\nrule \"Card\"\n  when purchase where ammount >= 10\n  then award 1 points\n");

        Assert.Equal(1, cli.Run("check", file));
        Assert.Contains($"{file}(3,23): error LR3001: unknown attribute 'ammount' of purchase events; did you mean 'amount'?", cli.Output, StringComparison.Ordinal);
        Assert.Contains("      when purchase where ammount >= 10", cli.Output, StringComparison.Ordinal);
        Assert.Contains("                          ^^^^^^^", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 file checked: 1 error, 0 warnings", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Warnings_ExitZero()
    {
        using var cli = new CliRun();
        var file = cli.Write("unused.loyalty", "program \"P\"\nconst spare = 5\n" + Clean[Clean.IndexOf("rule", StringComparison.Ordinal)..]);

        Assert.Equal(0, cli.Run("check", file));
        Assert.Contains("warning LR5006: constant 'spare' is never used", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_ChecksEveryRuleFileInIt()
    {
        using var cli = new CliRun();
        cli.Write("a.loyalty", Clean);
        cli.Write("b.loyalty", Clean.Replace("Clean", "Other", StringComparison.Ordinal));
        cli.Write("notes.txt", "not a rule file");

        Assert.Equal(0, cli.Run("check", cli.Folder));
        Assert.Contains("2 files checked", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPath_ExitsTwo()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.Run("check", Path.Combine(cli.Folder, "nowhere.loyalty")));
        Assert.Contains("is neither a file nor a folder", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ColourAlways_PaintsTheOutput_ColourNever_DoesNot()
    {
        using var cli = new CliRun();
        var file = cli.Write("typo.loyalty", "program \"Typo\"\nrule \"R\" when purchase where ammount >= 10 then award 1 points\n");

        cli.Run("check", file, "--color", "always");
        var coloured = cli.Output;
        cli.Run("check", file, "--color", "never");

        Assert.Contains("\u001b[31m", coloured, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", cli.Output, StringComparison.Ordinal);
    }
}
