using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, scans: a disclosure printed two pages to a sheet and scanned as archives scan it — each A3 sheet holding two
/// A4 pages side by side (<see cref="DistrictBureauDisclosure"/>: sheet 1 the cover and the 收入支出决算总表, sheet 2 the two
/// 情况说明 pages), at 200 dpi, straight or fed at a slant. Planted: 住房保障支出 6.40 that 本年支出合计 515.38 leaves out
/// (FA1002 on 表一, the right half of PDF page 1) and 城乡社区 written as 88.37% of 515.38 instead of 86.37% (FA3002, the left half of PDF
/// page 2). Each half is read as a page of its own, so neither page's lines run into the other's (the cover's title and
/// the table's were one line); the findings and lines are on the PDF's pages, their boxes on the half that prints them. The clean sheets add nothing but what an
/// excerpt gives: the tables it leaves out (FA5001) and its 情况说明 of two parts (FA3015, a hint). Real text put on a sheet
/// (a stamp) is kept on the half it lies on.
/// </summary>
public class TwoPageSheetTests
{
    private const string File = "海珠区城市管理和综合执法局2022年度部门决算.pdf";

    private static readonly Lazy<string> Planted = new(() => DistrictBureauDisclosure.Print(housing: "6.40", share: "88.37"));
    private static readonly Lazy<string> Clean = new(() => DistrictBureauDisclosure.Print());

    [OcrTheory(PrintsShared = true)]
    [InlineData("straight")]
    [InlineData("slanted 0.8°")]
    public void Planted_errors_are_found_on_the_half_of_the_sheet_that_prints_them(string scan)
    {
        var (pdf, sheetWidth) = TwoUp(Planted.Value, scan);
        var result = new Auditor(new AuditProfile()).Audit(File, pdf);

        Assert.Null(result.ReadError);
        Assert.Equal(2, result.Disclosure!.Source.PageCount);
        // The table's title is on the right half of PDF page 1, the cover's title on its left half.
        var lines = result.Disclosure!.Source.Lines.Where(l => l.Location.Page == 1).ToList();
        Assert.Contains(lines, l => l.Text.Replace(" ", "").Contains("收入支出决算总表") && l.Location.Box!.Value.Left > sheetWidth / 2);
        Assert.Contains(lines, l => l.Text.Replace(" ", "").Contains("2022年度部门决算") && l.Location.Box!.Value.Right < sheetWidth / 2);
        var total = Assert.Single(result.Findings, f => f.RuleId == "FA1002");
        Assert.Equal(1, total.Location.Page);
        Assert.True(total.Location.Source!.Box!.Value.Left > sheetWidth / 2, $"{total.Location.Source!.Box}");
        var share = Assert.Single(result.Findings, f => f.RuleId == "FA3002" && f.Message.Contains("说明写为 88.37%"));
        Assert.Equal(2, share.Location.Page);
        Assert.True(share.Location.Source!.Box!.Value.Right < sheetWidth / 2, $"{share.Location.Source!.Box}");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [OcrTheory(PrintsShared = true)]
    [InlineData("straight")]
    public void The_clean_sheets_add_no_finding(string scan)
    {
        var result = new Auditor(new AuditProfile()).Audit(File, TwoUp(Clean.Value, scan).Pdf);

        Assert.Null(result.ReadError);
        Assert.Empty(result.Findings.Where(f => f.RuleId is not "FA5001" and not "FA0002" and not "FA3015").Select(f => $"{f.RuleId} {f.Message}"));
    }

    /// <summary>
    /// A stamp of real text put on the scanned sheet (an archive's number, <see cref="ThinTextLayerTests"/>) stays on the
    /// half it lies on, left or right of the gutter, and on the sheet where the stamp was put.
    /// </summary>
    [OcrTheory(PrintsShared = true)]
    [InlineData(0.05, "Ref B-04")]
    [InlineData(0.6, "Ref A-17")]
    public void Real_text_on_a_sheet_cut_in_two_is_kept_on_its_half(double at, string stamp)
    {
        var pages = ScannedPdf.Render(Planted.Value, 200);
        var sheet = DistrictBureauDisclosure.SideBySide(pages[0].Image, pages[1].Image);
        var sheetWidth = sheet.Width * 72.0 / 200;
        var pdf = ScannedPdf.Build([new ScannedPdf.Page(sheet, 200, Text: stamp, TextLeft: at * sheetWidth)]);

        var result = new Auditor(new AuditProfile()).Audit(File, pdf);

        Assert.Null(result.ReadError);
        // The real text, with its space: the stamp recognised from the image instead would read “RefA-17”.
        var kept = Assert.Single(result.Disclosure!.Source.Lines, l => l.Text == stamp);
        Assert.Equal(1, kept.Location.Page);
        Assert.InRange(kept.Location.Box!.Value.Left, at * sheetWidth - 3, at * sheetWidth + 3);
        Assert.True(kept.Location.Box!.Value.Bottom < 40, $"{kept.Location.Box}");
    }

    /// <summary>The printed pages scanned two to a sheet, the left page first, and the sheet's width in points.</summary>
    private static (byte[] Pdf, double SheetWidth) TwoUp(string pdf, string scan)
    {
        var pages = ScannedPdf.Render(pdf, 200);
        Assert.Equal(4, pages.Count);
        var sheets = pages.Chunk(2).Select(pair => new ScannedPdf.Page(Distorted(DistrictBureauDisclosure.SideBySide(pair[0].Image, pair[1].Image), scan), 200)).ToList();
        return (ScannedPdf.Build(sheets), sheets[0].Image.Width * 72.0 / 200);
    }

    private static GrayImage Distorted(GrayImage sheet, string scan) => scan switch
    {
        "straight" => sheet,
        "slanted 0.8°" => ScanDistortions.Slanted(sheet, 0.8),
        _ => throw new ArgumentException(scan),
    };
}
