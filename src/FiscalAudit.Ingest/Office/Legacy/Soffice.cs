using System.Diagnostics;

namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>How one run of soffice ended: its exit code and output, or that it was stopped at its time limit.</summary>
public sealed record SofficeRun(int ExitCode, string Output, bool TimedOut);

/// <summary>
/// Runs LibreOffice headless (soffice --convert-to) with a user profile of its own, so conversions running
/// at the same time do not share (and lock) one profile; a run that outlasts its time limit or whose
/// caller cancels is killed with its child processes.
/// </summary>
public static class Soffice
{
    /// <summary>soffice on the PATH; null when LibreOffice is not installed.</summary>
    public static string? OnPath { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts <paramref name="file"/> to <paramref name="format"/> ("pdf", "docx", "xlsx") into
    /// <paramref name="outputFolder"/> with <paramref name="program"/>, the user profile kept in
    /// <paramref name="profileFolder"/>. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellation"/> is cancelled, after killing the run.
    /// </summary>
    public static SofficeRun Convert(string program, string file, string format, string outputFolder, string profileFolder, TimeSpan limit, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { $"-env:UserInstallation={new Uri(Path.GetFullPath(profileFolder)).AbsoluteUri}", "--headless", "--convert-to", format, "--outdir", outputFolder, file })
            start.ArgumentList.Add(argument);
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
            return new SofficeRun(-1, stdout.Result + stderr.Result, TimedOut: true);
        }
        return new SofficeRun(process.ExitCode, stdout.Result + stderr.Result, TimedOut: false);
    }
}
