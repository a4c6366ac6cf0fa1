using System.Diagnostics;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>How one run of an external program ended: its exit code and output, or that it was stopped at its time limit.</summary>
public sealed record ToolRun(int ExitCode, string Output, bool TimedOut);

/// <summary>
/// Runs an external program (LibreOffice, a PDF printer) to its end; a run that outlasts its time limit or whose caller
/// cancels is killed with its child processes.
/// </summary>
public static class ExternalTool
{
    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/>. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellation"/> is cancelled, after killing the run.
    /// </summary>
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan limit, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(limit);
        try
        {
            process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            cancellation.ThrowIfCancellationRequested();
            return new ToolRun(-1, stdout.Result + stderr.Result, TimedOut: true);
        }
        return new ToolRun(process.ExitCode, stdout.Result + stderr.Result, TimedOut: false);
    }
}
