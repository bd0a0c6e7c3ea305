namespace LoyaltyRules.Cli.Tests;

public sealed class TestCommandTests
{
    private const string Rules = """
        program "Shop"

        currency EUR

        rule "A point per euro"
          when purchase
          then award floor(amount) points
        """;

    [Fact]
    public void Test_PassingScenarios_ExitZero()
    {
        using var cli = new CliRun();
        cli.Write("shop.loyalty", Rules);
        cli.Write("shop.scenarios", """
            scenario "Points per euro"
              customer enrolled 2026-01-01
              on 2026-01-02 purchase 12.50 EUR
                expect award 12 points by "A point per euro"
            """);

        Assert.Equal(0, cli.Run("test", cli.Folder));
        Assert.Contains("✓ Points per euro", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 scenario: 1 passed, 0 failed", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_WrongExpectation_ReportsItsFileAndLine()
    {
        using var cli = new CliRun();
        cli.Write("shop.loyalty", Rules);
        var scenarios = cli.Write("shop.scenarios", """
            scenario "Points per euro"
              customer enrolled 2026-01-01
              on 2026-01-02 purchase 12.50 EUR
                expect award 13 points
            """);

        Assert.Equal(1, cli.Run("test", scenarios));
        Assert.Contains($"{scenarios}(4,12): scenario \"Points per euro\": expected award 13 points, but the event decided: award 12 points by \"A point per euro\"", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 scenario: 0 passed, 1 failed", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_UnexpectedDecision_ReportsTheEventLine()
    {
        using var cli = new CliRun();
        cli.Write("shop.loyalty", Rules);
        var scenarios = cli.Write("shop.scenarios", """
            scenario "Nothing expected"
              customer enrolled 2026-01-01
              on 2026-01-02 purchase 3 EUR
            """);

        Assert.Equal(1, cli.Run("test", scenarios));
        Assert.Contains($"{scenarios}(3,3): scenario \"Nothing expected\": unexpected decision: award 3 points by \"A point per euro\"", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ScenarioFileWithoutRuleFile_ReportsWhatIsMissing()
    {
        using var cli = new CliRun();
        cli.Write("a.loyalty", Rules);
        cli.Write("b.loyalty", Rules);
        var scenarios = cli.Write("shop.scenarios", "scenario \"S\"\n  customer enrolled 2026-01-01\n");

        Assert.Equal(1, cli.Run("test", scenarios));
        Assert.Contains(
            $"{scenarios}(1,1): error LR6005: no rule file for {scenarios}: name it with a 'rules \"file.loyalty\"' line, or give it the same name as its rule file",
            cli.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RulesLineNamingAMissingFile_ReportsIt()
    {
        using var cli = new CliRun();
        cli.Write("shop.loyalty", Rules);
        var scenarios = cli.Write("shop.scenarios", "rules \"gone.loyalty\"\nscenario \"S\"\n  customer enrolled 2026-01-01\n");

        Assert.Equal(1, cli.Run("test", scenarios));
        Assert.Contains(
            $"{scenarios}(1,1): error LR6005: the rule file {Path.Combine(cli.Folder, "gone.loyalty")} does not exist",
            cli.Output,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shop.scenarios", ".")]
    [InlineData("rules/shop.scenarios", "rules")]
    public void Test_FolderOfAScenarioFile_IsTheCurrentFolderForABareName(string path, string folder)
    {
        // A bare name has an empty folder name; searching "" for rule files threw instead of searching ".".
        Assert.Equal(folder, Commands.TestCommand.FolderOf(path));
    }

    [Fact]
    public void Test_RulesLine_NamesTheRuleFile()
    {
        using var cli = new CliRun();
        cli.Write("program.loyalty", Rules);
        cli.Write("other.loyalty", Rules);
        cli.Write("checks.scenarios", "rules \"program.loyalty\"\nscenario \"S\"\n  customer enrolled 2026-01-01\n  on 2026-01-02 purchase 0.5 EUR\n");

        Assert.Equal(0, cli.Run("test", cli.Folder));
    }

    [Fact]
    public void Test_BrokenRuleFile_ReportsItsErrors()
    {
        using var cli = new CliRun();
        cli.Write("shop.loyalty", "program \"Shop\"\nrule \"R\" when purchse then award 1 points\n");
        cli.Write("shop.scenarios", "scenario \"S\"\n  customer enrolled 2026-01-01\n");

        Assert.Equal(1, cli.Run("test", cli.Folder));
        Assert.Contains("error LR3003: unknown event kind 'purchse'; did you mean 'purchase'?", cli.Output, StringComparison.Ordinal);
    }
}
