using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>
/// A test that runs LibreOffice (soffice). Skipped with the reason when soffice is not installed, except
/// under CI (CI=true), where a missing LibreOffice fails the test instead of hiding it.
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        Skip = LibreOffice.SkipReason;
    }

    /// <summary>The test also reads ../shared: skipped like a <see cref="SharedFactAttribute"/> without it.</summary>
    public bool NeedsShared
    {
        get => false;
        init => Skip ??= value ? SharedFiles.SkipReason : null;
    }
}

/// <summary>A theory that runs LibreOffice; skipped like <see cref="LibreOfficeFactAttribute"/>.</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        Skip = LibreOffice.SkipReason;
    }

    /// <summary>The theory also reads ../shared: skipped like a <see cref="SharedTheoryAttribute"/> without it.</summary>
    public bool NeedsShared
    {
        get => false;
        init => Skip ??= value ? SharedFiles.SkipReason : null;
    }
}

/// <summary>Finds soffice on the PATH and converts office files to PDF with a private user profile.</summary>
internal static class LibreOffice
{
    public static string? Path { get; } = Find();

    /// <summary>Null when a test that runs LibreOffice must run.</summary>
    public static string? SkipReason =>
        Path is null && !SharedFiles.InCi ? "需要 LibreOffice（soffice）：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei" : null;

    /// <summary>Converts <paramref name="file"/> to PDF in its folder; returns the exit code, the output and the PDF path.</summary>
    public static (int ExitCode, string Output, string Pdf) ConvertToPdf(string file)
    {
        var folder = System.IO.Path.GetDirectoryName(file)!;
        var profile = new Uri(System.IO.Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var (exit, output) = ToolProcess.Run(Path ?? "soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, file], TimeSpan.FromMinutes(3));
        return (exit, output, exit == -1 ? string.Empty : System.IO.Path.ChangeExtension(file, ".pdf"));
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);
}
