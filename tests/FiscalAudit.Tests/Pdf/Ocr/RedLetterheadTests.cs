using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, scans: a disclosure whose cover is a 红头 file (<see cref="DistrictBureauDisclosure"/>: the letterhead
/// “广州市海珠区城市管理和综合执法局文件” and the title naming the department printed in red, a red rule between them),
/// scanned in colour at 200 dpi with the bureau's red seal stamped on the cover and over the table's figures. The seals are
/// dropped before the pages are read; the red letterhead and title are print, and read: the title names the department.
/// Planted: the table's 部门 line names 广州市海珠区水务局 (a template's residue), another unit than the title's (FA3014
/// on PDF page 2) — with the title lost, the 部门 line itself would be taken as the department and nothing reported.
/// The clean scan adds nothing but what the excerpt gives (FA5001, FA3015).
/// </summary>
public class RedLetterheadTests
{
    private const string File = "海珠区城市管理和综合执法局2022年度部门决算.pdf";

    private static readonly Lazy<GrayImage> SealName = new(() => SealStamp.Name(DistrictBureauDisclosure.Department, 200));

    [OcrFact(PrintsShared = true)]
    public void The_red_letterhead_and_title_are_read_and_the_seals_are_not()
    {
        var document = new PdfDocumentReader().Read(File, Sealed(DistrictBureauDisclosure.Print(letterhead: DistrictBureauDisclosure.Letterhead.Red)));

        var cover = document.Lines.Where(l => l.Location.Page == 1).Select(l => l.Text.Replace(" ", "")).ToList();
        // A character of the letterhead may be misread (综 as 乏); without its red kept, neither line is there at all.
        Assert.Contains(cover, l => l.StartsWith("广州市海珠区城市管理", StringComparison.Ordinal) && l.EndsWith("执法局文件", StringComparison.Ordinal));
        Assert.Contains(cover, l => l.Contains("执法局2022年度部门决算"));
        // The seal's ring, star and name give no text: the cover holds the letterhead, the title and its 目录 only.
        Assert.True(cover.Count <= 6, string.Join(" | ", cover));
    }

    /// <summary>
    /// Large letterheads, as 红头 files set them (小初 or a long name in 30 pt, over a 二号 title), in red or black: the
    /// strokes of their glyphs are as long and thin as a table's rulings, and stay print; the radicals of a 30 pt glyph,
    /// far apart, are no glyphs of their own (the line is read again as one line) — the letterhead is read whole. The 22 pt
    /// title takes two lines, 决算 alone on the second: in red too, it is the title's rest, not a seal. The cover alone is
    /// scanned (one page to recognise).
    /// </summary>
    [OcrTheory(PrintsShared = true)]
    [InlineData("#000000", 36, "海珠区城管执法局")]
    [InlineData("#d82a2f", 36, "海珠区城管执法局")]
    [InlineData("#d82a2f", 30, "海珠区城市管理和综合执法局")]
    public void A_large_letterhead_and_its_title_are_read(string colour, double points, string name)
    {
        var letterhead = new DistrictBureauDisclosure.Letterhead(colour, points, 22, name);
        var document = new PdfDocumentReader().Read(File, ScannedPdf.Build([SealedPages(DistrictBureauDisclosure.Print(letterhead: letterhead))[0]]));

        var cover = document.Lines.Select(l => l.Text.Replace(" ", "")).ToList();
        Assert.Contains(cover, l => l.StartsWith(name[..3], StringComparison.Ordinal) && l.EndsWith("文件", StringComparison.Ordinal) && l.Length <= name.Length + 3);
        Assert.Contains("执法局2022年度部门", string.Concat(cover), StringComparison.Ordinal);
        Assert.Contains(cover, l => l.EndsWith("决算", StringComparison.Ordinal));
    }

    [OcrFact(PrintsShared = true)]
    public void Another_units_name_under_the_red_title_is_reported()
    {
        var result = new Auditor(new AuditProfile()).Audit(File, Sealed(DistrictBureauDisclosure.Print(unit: "广州市海珠区水务局", letterhead: DistrictBureauDisclosure.Letterhead.Red)));

        Assert.Null(result.ReadError);
        var other = Assert.Single(result.Findings, f => f.RuleId == "FA3014");
        Assert.Equal(2, other.Location.Page);
        Assert.Contains("广州市海珠区水务局", other.Message);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [OcrFact(PrintsShared = true)]
    public void The_clean_red_scan_adds_no_finding()
    {
        var result = new Auditor(new AuditProfile()).Audit(File, Sealed(DistrictBureauDisclosure.Print(letterhead: DistrictBureauDisclosure.Letterhead.Red)));

        Assert.Null(result.ReadError);
        Assert.Empty(result.Findings.Where(f => f.RuleId is not "FA5001" and not "FA0002" and not "FA3015").Select(f => $"{f.RuleId} {f.Message}"));
    }

    /// <summary>The print scanned in colour with the bureau's seal on the cover, below its 目录, and on the table, over its expenditure figures.</summary>
    private static byte[] Sealed(string pdf) => ScannedPdf.Build(SealedPages(pdf));

    private static List<ScannedPdf.Page> SealedPages(string pdf)
    {
        var pages = ScannedPdf.RenderColour(pdf, 200);
        pages[0] = pages[0] with { Colour = SealStamp.Stamped(pages[0].Colour!, SealName.Value, 1150, 1500, 165, (226, 38, 44)) };
        pages[1] = pages[1] with { Colour = SealStamp.Stamped(pages[1].Colour!, SealName.Value, 1200, 650, 165, (226, 38, 44)) };
        return pages;
    }
}
