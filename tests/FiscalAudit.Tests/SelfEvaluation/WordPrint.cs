using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Tests.Reports;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>A composed form printed the way a unit prints it: its Word file, edited, converted to PDF by LibreOffice.</summary>
internal static class WordPrint
{
    /// <summary>Twips: nine columns make 9000, within a portrait A4 or Letter page's margins.</summary>
    private const string ColumnWidth = "1000";

    /// <summary>
    /// The PDF, in <paramref name="folder"/>, of the Word file of <paramref name="markdown"/> (<see cref="Targets.TargetOfficeTests.Word"/>:
    /// its tables ruled, their first two columns merged down), its columns narrowed to fit a portrait page, after <paramref name="edit"/>.
    /// </summary>
    public static string Pdf(string folder, string name, string markdown, Action<MainDocumentPart> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(Targets.TargetOfficeTests.Word(markdown));
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            foreach (var column in document.MainDocumentPart!.Document.Body!.Descendants<GridColumn>()) column.Width = ColumnWidth;
            edit(document.MainDocumentPart!);
        }
        var docx = Path.Combine(folder, Path.ChangeExtension(name, "docx"));
        File.WriteAllBytes(docx, stream.ToArray());
        var (exitCode, output, pdf) = LibreOffice.ConvertToPdf(docx);
        Assert.True(exitCode == 0 && File.Exists(pdf), $"soffice failed on {name} ({exitCode}): {output}");
        return pdf;
    }
}
