namespace FiscalAudit.Tests.Support;

/// <summary>Runs a command-line tool (a PDF printer) to its end, killed after a time limit.</summary>
internal static class ToolProcess
{
    /// <summary>The tool's exit code (-1 when it did not finish within <paramref name="limit"/>) and what it wrote.</summary>
    public static (int ExitCode, string Output) Run(string executable, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{Path.GetFileName(executable)} did not finish within {limit.TotalMinutes:0} minutes");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
