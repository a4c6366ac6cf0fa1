using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Findings;
using FiscalAudit.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// On both Shanghai 决算 PDFs every finding (and every related place) has a box on a real page, around the
/// cell or the fragment it is about; comparisons list the other place they compared.
/// </summary>
public class FindingBoxTests
{
    /// <summary>A fragment or cell covers far less than this share of its page.</summary>
    private const double MaxPageShare = 0.1;

    [SharedTheory]
    [InlineData(AuditedPdfs.Published)]
    [InlineData(AuditedPdfs.Planted)]
    public void Every_finding_and_related_place_has_a_box_inside_its_page(string name)
    {
        var findings = AuditedPdfs.Audit(name).Findings;
        Assert.NotEmpty(findings);
        using var pdf = PdfDocument.Open(Repo.Corpus(name));
        foreach (var place in findings.SelectMany(f => f.RelatedLocations.Prepend(f.Location).Select(l => (Finding: f, Location: l))))
        {
            var source = place.Location.Source;
            Assert.True(source?.Page is int p && p >= 1 && p <= pdf.NumberOfPages, $"{place.Finding.RuleId} {place.Location.Describe()}: no page");
            var box = source!.Box ?? throw new Xunit.Sdk.XunitException($"{place.Finding.RuleId} {place.Location.Describe()}: no box");
            var media = pdf.GetPage(source.Page!.Value).MediaBox.Bounds;
            Assert.True(box.Width > 0 && box.Height > 0 && PrintedText.Contains(media, Rectangle(box), 0), $"{place.Finding.RuleId}: box {box} outside page {media}");
            Assert.True(box.Width * box.Height < MaxPageShare * media.Width * media.Height, $"{place.Finding.RuleId}: box {box} is not a cell or a fragment");
        }
    }

    [SharedTheory]
    [InlineData(AuditedPdfs.Published, 12, 15)]
    [InlineData(AuditedPdfs.Planted, 10, 12)]
    public void The_T4_cell_that_differs_from_T5_is_shown_with_the_T5_cell(string name, int t4Page, int t5Page)
    {
        // In the published file the same figure also differs between 表一 and 表三: one finding holds all four cells.
        var f = AuditedPdfs.Audit(name).Findings.Single(f => f.RuleId is "FA2002" or "FA2004" && f.Message.Contains("326.71", StringComparison.Ordinal));
        var places = f.RelatedLocations.Prepend(f.Location).ToList();
        var t4 = Assert.Single(places, p => p.Table == "T4");
        Assert.Equal(t4Page, t4.Page);
        var t5 = Assert.Single(places, p => p.Table == "T5");
        Assert.Equal(("合计", t5Page), (t5.Column, t5.Page));
        Assert.StartsWith("208", t5.Row, StringComparison.Ordinal);
        AssertPrintedIn(name, t5, "326.72");
        AssertPrintedIn(name, t4, "326.71");
    }

    [SharedTheory]
    [InlineData(AuditedPdfs.Published, "T4", "2,961.68")]
    [InlineData(AuditedPdfs.Planted, "T1", "2,995.39")]
    public void A_statement_that_differs_from_its_table_lists_the_cell(string name, string table, string printed)
    {
        var f = AuditedPdfs.Audit(name).Findings.Single(f => f.RuleId == "FA3001");
        Assert.Null(f.Location.Table);
        Assert.NotEmpty(f.RelatedLocations);
        Assert.All(f.RelatedLocations, cell =>
        {
            Assert.Equal((table, "总计"), (cell.Table, cell.Row));
            AssertPrintedIn(name, cell, printed);
        });
    }

    [SharedFact]
    public void A_share_lists_the_statement_of_its_whole_and_keeps_its_id_in_both_copies()
    {
        var shares = new[] { AuditedPdfs.Published, AuditedPdfs.Planted }.Select(name =>
        {
            var f = AuditedPdfs.Audit(name).Findings.Single(f => f.RuleId == "FA3002");
            var whole = Assert.Single(f.RelatedLocations);
            AssertPrintedIn(name, whole, "2940.05");
            AssertPrintedIn(name, f.Location, "71.73%");
            return f.Id;
        }).ToList();
        Assert.Equal(shares[0], shares[1]);
    }

    /// <summary>PdfPig finds <paramref name="value"/> printed inside the place's box.</summary>
    private static void AssertPrintedIn(string name, FindingLocation place, string value)
    {
        using var pdf = PdfDocument.Open(Repo.Corpus(name));
        var box = Rectangle(place.Source!.Box!.Value);
        var printings = new PrintedText(pdf.GetPage(place.Page!.Value)).Find(value);
        Assert.Contains(printings, p => PrintedText.Contains(box, p));
    }

    private static PdfRectangle Rectangle(BoundingBox b) => new(b.Left, b.Bottom, b.Right, b.Top);
}
