using System.Diagnostics;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>How one run of an external program ended: its exit code and output, or that it was stopped at its time limit.</summary>
public sealed record ToolRun(int ExitCode, string Output, bool TimedOut);

/// <summary>
/// Runs an external program (LibreOffice, a PDF printer, poppler's renderer, tesseract) to its end; a run that outlasts its time limit or whose caller
/// cancels is killed with its child processes.
/// </summary>
public static class ExternalTool
{
    /// <summary>The program <paramref name="name"/> on the PATH; null when it is not installed.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="arguments"/>. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellation"/> is cancelled, after killing the run. <paramref name="environment"/>: variables set for the run.
    /// </summary>
    public static ToolRun Run(string program, IEnumerable<string> arguments, TimeSpan limit, CancellationToken cancellation = default, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
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
