using System.Diagnostics;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// A test that converts PDFs to text with poppler's pdftotext -layout (and prints with LibreOffice when asked). Skipped
/// with the reason when a program is not installed, except under CI (CI=true), where a missing program fails the test.
/// </summary>
public sealed class PdftotextFactAttribute : FactAttribute
{
    public PdftotextFactAttribute()
    {
        Skip = Pdftotext.SkipReason ?? SharedFiles.SkipReason;
    }

    /// <summary>The test also prints with LibreOffice.</summary>
    public bool NeedsLibreOffice
    {
        get => false;
        init => Skip ??= value ? LibreOffice.SkipReason : null;
    }
}

/// <summary>pdftotext -layout: a PDF as the plain text a user gets from poppler, tables laid out with spaces.</summary>
internal static class Pdftotext
{
    private static readonly Lazy<bool> Installed = new(() => Run("-v", out _) is 0 or 99);

    public static string? SkipReason => Installed.Value || SharedFiles.InCi ? null : "需要 pdftotext（poppler-utils）：apt-get install --no-install-recommends poppler-utils";

    /// <summary>The text of <paramref name="pdf"/> laid out as printed.</summary>
    public static string Layout(string pdf) => Converted(pdf, "-layout");

    /// <summary>The text of <paramref name="pdf"/> in the order it is drawn (-raw): the cells of a table row one after another, a wrapped cell over lines.</summary>
    public static string Raw(string pdf) => Converted(pdf, "-raw");

    private static string Converted(string pdf, string mode)
    {
        var text = Path.Combine(Path.GetTempPath(), $"pdftotext-{Guid.NewGuid():N}.txt");
        try
        {
            Assert.Equal(0, Run($"{mode} -enc UTF-8 \"{pdf}\" \"{text}\"", out var output));
            return File.ReadAllText(text);
        }
        finally
        {
            File.Delete(text);
        }
    }

    private static int Run(string arguments, out string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            output += error.Result;
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            output = "pdftotext not found";
            return -1;
        }
    }
}
