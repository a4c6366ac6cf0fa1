using FiscalAudit.Tests.Reports;

namespace FiscalAudit.Tests.Pdf;

/// <summary>A rendering of a seed (HTML page, workbook) printed to PDF by LibreOffice (or another printer) in a folder of its own, removed afterwards.</summary>
internal static class PrintedRendering
{
    /// <summary>Writes <paramref name="content"/> as <paramref name="fileName"/>, converts it to PDF and hands the PDF's path to <paramref name="check"/>.</summary>
    public static void Check(string fileName, byte[] content, Action<string> check) => Check(fileName, content, LibreOffice.ConvertToPdf, check);

    /// <summary>The same with <paramref name="print"/> converting the file (its exit code, output and PDF path).</summary>
    public static void Check(string fileName, byte[] content, Func<string, (int ExitCode, string Output, string Pdf)> print, Action<string> check)
    {
        var folder = Directory.CreateTempSubdirectory("fiscalaudit-print-").FullName;
        try
        {
            var file = Path.Combine(folder, fileName);
            File.WriteAllBytes(file, content);
            var (exit, output, pdf) = print(file);
            Assert.True(exit == 0 && File.Exists(pdf), output);
            check(pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
