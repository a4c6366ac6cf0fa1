using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// Seed 002 printed to PDF by LibreOffice (A4 landscape, as <see cref="BorderlessTablesTests"/> prints it, with ruled and with
/// borderless tables) and written as OFD in the ways converters write it (<see cref="OfdWriting"/>): the OFD reads as the PDF
/// does — its nine tables come back cell for cell, and its findings are the PDF's (rule, severity, message, page).
/// </summary>
public class SeedOfdTests
{
    /// <summary>Seed 002 printed “ruled” and “borderless”.</summary>
    internal static readonly Lazy<Dictionary<string, byte[]>> Prints = new(Print);

    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("ruled", "one TextObject per character")]
    [InlineData("ruled", "runs with DeltaX")]
    [InlineData("ruled", "runs with DeltaX in the g form")]
    [InlineData("ruled", "runs scaled by a CTM")]
    [InlineData("ruled", "top line on a template page")]
    [InlineData("ruled", "Boundary offsets")]
    [InlineData("borderless", "one TextObject per character")]
    [InlineData("borderless", "runs with DeltaX in the g form")]
    [InlineData("borderless", "runs scaled by a CTM")]
    [InlineData("borderless", "top line on a template page")]
    [InlineData("borderless", "Boundary offsets")]
    public void Seed_002_written_as_OFD_reads_as_its_PDF(string print, string writing)
    {
        var pdf = Prints.Value[print];
        var auditor = new Auditor(new AuditProfile());
        var fromPdf = auditor.Audit("seed002.pdf", pdf);
        var fromOfd = auditor.Audit("seed002.ofd", PdfAsOfd.Write(pdf, OfdWriting.Named(writing)));

        Assert.Null(fromOfd.ReadError);
        Assert.Equal("ofd", fromOfd.Disclosure!.Source.Format);
        Assert.Equal(fromPdf.Disclosure!.Source.PageCount, fromOfd.Disclosure.Source.PageCount);
        var tables = Enumerable.Range(1, 9).Select(n => $"T{n}").ToList();
        Assert.Equal(tables, fromOfd.Disclosure.Tables.Select(t => t.Id).Where(tables.Contains).Order(StringComparer.Ordinal));
        foreach (var id in tables) Assert.Equal(SameReading.Cells(fromPdf, id, printed: true), SameReading.Cells(fromOfd, id, printed: true));
        Assert.Equal(SameFindings.Keys(fromPdf, "seed002.pdf"), SameFindings.Keys(fromOfd, "seed002.ofd"));
    }

    /// <summary>Seed 002 printed once with ruled tables, once without borders.</summary>
    private static Dictionary<string, byte[]> Print()
    {
        var html = BorderlessTablesTests.Html(File.ReadAllText(Repo.Seed("002")), new BorderlessTablesTests.Print());
        var prints = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, page) in new[] { ("borderless", html), ("ruled", html.Replace("<table cellpadding", "<table border=\"1\" cellpadding", StringComparison.Ordinal)) })
            PrintedRendering.Check("seed002.html", Encoding.UTF8.GetBytes(page), pdf => prints[name] = File.ReadAllBytes(pdf));
        return prints;
    }
}
