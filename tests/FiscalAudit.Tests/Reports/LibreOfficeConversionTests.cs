using FiscalAudit.Reports.Xlsx;
using UglyToad.PdfPig;

namespace FiscalAudit.Tests.Reports;

/// <summary>Both office reports open in LibreOffice without repair: converting them to PDF succeeds and the PDF holds the Chinese text.</summary>
public class LibreOfficeConversionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fiscalaudit-office-").FullName;

    [LibreOfficeFact]
    public void Ledger_and_opinion_convert_to_pdf()
    {
        var (report, _) = AuditedDocuments.ExampleWithWaiver();
        var ledger = new XlsxLedger();
        ledger.Add(report);
        ledger.AddSkipped("材料/说明.doc", "不支持 .doc 格式，请另存为 .docx/.pdf");
        var xlsx = Path.Combine(folder, "结果.xlsx");
        var docx = Path.Combine(folder, "审核意见.docx");
        File.WriteAllBytes(xlsx, XlsxLedgerTests.Save(ledger));
        File.WriteAllBytes(docx, ReviewOpinionDocxTests.Write(report));

        foreach (var (file, expected) in new[] { (xlsx, "预决算公开审核问题清单"), (docx, "预决算公开审核意见书") })
        {
            var (exitCode, output, pdf) = LibreOffice.ConvertToPdf(file);
            Assert.True(exitCode == 0 && File.Exists(pdf), $"soffice failed on {Path.GetFileName(file)} ({exitCode}): {output}");
            using var converted = PdfDocument.Open(pdf);
            Assert.True(converted.NumberOfPages >= 1);
            var text = string.Concat(converted.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Contains(expected, text);
            Assert.Contains(report.Findings[0].Id, text);
        }
    }

    public void Dispose()
    {
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
