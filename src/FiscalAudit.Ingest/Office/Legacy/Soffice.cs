namespace FiscalAudit.Ingest.Office.Legacy;

/// <summary>
/// Runs LibreOffice headless (soffice --convert-to) with a user profile of its own, so conversions running
/// at the same time do not share (and lock) one profile; a run that outlasts its time limit or whose
/// caller cancels is killed with its child processes (<see cref="ExternalTool"/>).
/// </summary>
public static class Soffice
{
    /// <summary>soffice on the PATH; null when LibreOffice is not installed.</summary>
    public static string? OnPath { get; } = ExternalTool.OnPath("soffice");

    /// <summary>
    /// Converts <paramref name="file"/> to <paramref name="format"/> ("pdf", "docx", "xlsx") into
    /// <paramref name="outputFolder"/> with <paramref name="program"/>, the user profile kept in
    /// <paramref name="profileFolder"/>. Throws <see cref="OperationCanceledException"/> when
    /// <paramref name="cancellation"/> is cancelled, after killing the run.
    /// </summary>
    public static ToolRun Convert(string program, string file, string format, string outputFolder, string profileFolder, TimeSpan limit, CancellationToken cancellation = default) =>
        ExternalTool.Run(program, [$"-env:UserInstallation={new Uri(Path.GetFullPath(profileFolder)).AbsoluteUri}", "--headless", "--convert-to", format, "--outdir", outputFolder, file], limit, cancellation);
}
