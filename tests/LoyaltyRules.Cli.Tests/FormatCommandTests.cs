namespace LoyaltyRules.Cli.Tests;

public sealed class FormatCommandTests
{
    private const string Messy = "program \"Messy\"\nrule   \"R\"   when purchase where amount>=10 then award floor(amount/10) points # earn\n";

    private const string Canonical = "program \"Messy\"\n\nrule \"R\"\n  when purchase where amount >= 10\n  then award floor(amount / 10) points # earn\n";

    [Fact]
    public void Fmt_MessyFile_RewritesItCanonically()
    {
        using var cli = new CliRun();
        var file = cli.Write("messy.loyalty", Messy);

        Assert.Equal(0, cli.Run("fmt", file));
        Assert.Equal(Canonical, cli.Read("messy.loyalty"));
        Assert.Contains("1 file: 1 reformatted", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_Twice_ChangesNothingTheSecondTime()
    {
        using var cli = new CliRun();
        var file = cli.Write("messy.loyalty", Messy);
        cli.Run("fmt", file);

        Assert.Equal(0, cli.Run("fmt", file));
        Assert.Equal(Canonical, cli.Read("messy.loyalty"));
        Assert.Contains("1 file: 0 reformatted", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FmtCheck_UnformattedFile_ExitsOneAndWritesNothing()
    {
        using var cli = new CliRun();
        var file = cli.Write("messy.loyalty", Messy);

        Assert.Equal(1, cli.Run("fmt", "--check", file));
        Assert.Equal(Messy, cli.Read("messy.loyalty"));
        Assert.Contains("not in canonical form", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fmt_FileWithSyntaxError_IsLeftAloneAndReported()
    {
        using var cli = new CliRun();
        const string Broken = "program \"Broken\"\nrule \"R\" when purchase where amount >= then award 1 points\n";
        var file = cli.Write("broken.loyalty", Broken);

        Assert.Equal(1, cli.Run("fmt", file));
        Assert.Equal(Broken, cli.Read("broken.loyalty"));
        Assert.Contains("error LR2001: unexpected 'then'; expected a value", cli.Output, StringComparison.Ordinal);
    }
}
