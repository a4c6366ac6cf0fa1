namespace FiscalAudit.Cli;

/// <summary>Files done / total on standard error: rewritten in place on a terminal, one line per file with --progress.</summary>
public sealed class Progress
{
    private readonly TextWriter? error;
    private readonly bool terminal;
    private readonly int total;
    private int done;

    private Progress(TextWriter? error, bool terminal, int total)
    {
        this.error = error;
        this.terminal = terminal;
        this.total = total;
    }

    public static Progress For(CliConsole console, bool asked, int total) =>
        new(asked || console.ErrorIsTerminal ? console.Error : null, console.ErrorIsTerminal, total);

    public void Done(string file)
    {
        done++;
        if (error is null) return;
        if (terminal) error.Write($"\r已审核 {done}/{total}");
        else error.WriteLine($"已审核 {done}/{total}：{file}");
        error.Flush();
    }

    public void Finish()
    {
        if (error is not null && terminal && done > 0) error.WriteLine();
    }
}
