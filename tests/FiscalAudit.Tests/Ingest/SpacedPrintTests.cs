using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// PDFs converted to plain text by pdftotext -layout (issue 12, classes 7 and 10): the tables, laid out with runs of spaces,
/// come back from the text.
/// </summary>
public class SpacedPrintTests
{
    /// <summary>
    /// Seed 002 printed by LibreOffice without borders (as <see cref="BorderlessTablesTests"/>), then converted by pdftotext:
    /// all nine tables are found, and those listed come back cell for cell. Still off: 表三, 表四 and 表五, whose header cells printed a
    /// single space apart (“基本支出 项目支出”, “行次 合 计”) are read as one; 表六, where a name's last character wrapped onto a line of
    /// its own joins the row below in the next panel (“土地补偿用”); 表七, whose three header lines are centred over column groups.
    /// </summary>
    [PdftotextFact(NeedsLibreOffice = true)]
    public void Seed_002_printed_then_converted_by_pdftotext_gives_its_tables_back()
    {
        var text = File.ReadAllText(Repo.Seed("002"));
        PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(BorderlessTablesTests.Html(text, new BorderlessTablesTests.Print())), pdf =>
        {
            var auditor = new Auditor(new AuditProfile());
            var expected = auditor.Audit("002.txt", Encoding.UTF8.GetBytes(text));
            var converted = auditor.Audit("002-layout.txt", Encoding.UTF8.GetBytes(Pdftotext.Layout(pdf)));
            Assert.Equal(expected.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal), converted.Disclosure!.Tables.Select(t => t.Id).Order(StringComparer.Ordinal));
            foreach (var id in CellForCell.Split(' ')) Assert.Equal(SameReading.Cells(expected, id), SameReading.Cells(converted, id));
        });
    }

    private const string CellForCell = "T1 T2 T8 T9";

    /// <summary>
    /// The real PDFs of ../shared/corpus converted by pdftotext: the text raises no 错误 about a table (rule and message)
    /// that the PDF itself does not raise. (Errors about the text alone, where pdftotext runs two columns of prose into one
    /// line, come from the narrative reading of any plain text, as before tables were read from it, and are not compared here.)
    /// </summary>
    [PdftotextFact]
    public void Corpus_pdfs_converted_by_pdftotext_raise_no_error_the_pdf_does_not()
    {
        var auditor = new Auditor(new AuditProfile());
        foreach (var pdf in Directory.GetFiles(Path.Combine(Repo.Shared, "corpus"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var fromPdf = Errors(auditor.Audit(pdf));
            var fromText = Errors(auditor.Audit(Path.GetFileNameWithoutExtension(pdf) + ".txt", Encoding.UTF8.GetBytes(Pdftotext.Layout(pdf))));
            Assert.Empty(fromText.Except(fromPdf).Select(e => $"{Path.GetFileName(pdf)}: {e}"));
        }
    }

    private static HashSet<string> Errors(AuditResult result) =>
        result.Findings.Where(f => f.Severity == Severity.Error && f.Location.Table is not null).Select(f => $"{f.RuleId} {f.Message}").ToHashSet();
}
