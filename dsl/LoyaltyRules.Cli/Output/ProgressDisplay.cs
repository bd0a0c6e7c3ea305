namespace LoyaltyRules.Cli.Output;

/// <summary>
/// Shows a job's progress: a bar redrawn in place on an interactive terminal, or — when the output is
/// redirected — a plain line each time the figure changes, so logs stay readable.
/// </summary>
internal sealed class ProgressDisplay(Terminal terminal, bool interactive)
{
    private const int Width = 30;
    private string? _last;
    private bool _drawn;

    public void Show(string status, int done, int total)
    {
        var percent = total == 0 ? 0 : (int)(100L * done / total);
        var figure = $"{status} {done}/{total} customers ({percent} %)";
        if (figure == _last)
        {
            return;
        }

        _last = figure;
        if (interactive)
        {
            var filled = Width * percent / 100;
            terminal.Writer.Write($"\r[{terminal.Green(new string('#', filled))}{new string('.', Width - filled)}] {percent,3} % {done}/{total} customers, {status}   ");
            terminal.Writer.Flush();
            _drawn = true;
        }
        else
        {
            terminal.WriteLine("progress: " + figure);
        }
    }

    /// <summary>Ends the bar's line (nothing to do for plain lines).</summary>
    public void Done()
    {
        if (_drawn)
        {
            terminal.WriteLine();
            _drawn = false;
        }
    }
}
