using FiscalAudit.Ingest.Office.Legacy;
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

/// <summary>soffice on the PATH, as FiscalAudit finds it; converts office files to PDF with a private user profile.</summary>
internal static class LibreOffice
{
    public static string? Path => Soffice.OnPath;

    /// <summary>Null when a test that runs LibreOffice must run.</summary>
    public static string? SkipReason =>
        Path is null && !SharedFiles.InCi ? "需要 LibreOffice（soffice）：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-zenhei" : null;

    /// <summary>Converts <paramref name="file"/> to PDF in its folder; returns the exit code, the output and the PDF path.</summary>
    public static (int ExitCode, string Output, string Pdf) ConvertToPdf(string file) => ConvertTo(file, "pdf");

    /// <summary>Converts <paramref name="file"/> to <paramref name="format"/> in its folder; returns the exit code, the output and the converted file's path.</summary>
    public static (int ExitCode, string Output, string Converted) ConvertTo(string file, string format)
    {
        var folder = System.IO.Path.GetDirectoryName(file)!;
        var run = Soffice.Convert(Path ?? "soffice", file, format, folder, System.IO.Path.Combine(folder, "lo-profile"), TimeSpan.FromMinutes(3));
        return (run.ExitCode, run.TimedOut ? "soffice did not finish within 3 minutes" : run.Output, System.IO.Path.ChangeExtension(file, "." + format));
    }

    /// <summary>The bytes of <paramref name="name"/> saved by LibreOffice as <paramref name="format"/>, in a folder removed afterwards.</summary>
    public static byte[] SavedAs(string name, byte[] content, string format)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-saved-").FullName;
        try
        {
            var file = System.IO.Path.Combine(folder, name);
            File.WriteAllBytes(file, content);
            var (exit, output, converted) = ConvertTo(file, format);
            Assert.True(exit == 0 && File.Exists(converted), output);
            return File.ReadAllBytes(converted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
