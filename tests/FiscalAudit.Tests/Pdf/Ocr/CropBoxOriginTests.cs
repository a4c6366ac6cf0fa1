using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, scans: a scanned page whose crop box does not start at (0, 0) — a scan cropped by the publisher's tool, its
/// media box larger on every side and starting elsewhere again (<see cref="ScannedPdf.Page"/>). The viewer draws the crop
/// box in the page's coordinates; a finding's box on the recognised page is moved by the crop box's corner, so it lies where
/// the scan without the offset has it, moved as much — read from the media box, or from the crop box as if it started at
/// (0, 0), it would be moved by the media box's corner or not at all. Planted: the
/// 住房保障支出 6.40 that 本年支出合计 leaves out (FA1002) of <see cref="DistrictBureauDisclosure"/>.
/// </summary>
public class CropBoxOriginTests
{
    [OcrFact(PrintsShared = true)]
    public void A_findings_box_is_moved_by_the_crop_boxs_corner()
    {
        var pages = ScannedPdf.Render(DistrictBureauDisclosure.Print(housing: "6.40"), 200);

        var plain = Total(ScannedPdf.Build(pages));
        var moved = Total(ScannedPdf.Build(pages.Select(p => p with { Origin = (40, 30) }).ToList()));

        Assert.Equal(plain.Page, moved.Page);
        Assert.Equal(plain.Box.Left + 40, moved.Box.Left, 1);
        Assert.Equal(plain.Box.Bottom + 30, moved.Box.Bottom, 1);
        Assert.Equal(plain.Box.Right + 40, moved.Box.Right, 1);
        Assert.Equal(plain.Box.Top + 30, moved.Box.Top, 1);
    }

    private static (int? Page, FiscalAudit.Core.Documents.BoundingBox Box) Total(byte[] pdf)
    {
        var result = new Auditor(new AuditProfile()).Audit("海珠区城市管理和综合执法局2022年度部门决算.pdf", pdf);
        var total = Assert.Single(result.Findings, f => f.RuleId == "FA1002");
        return (total.Location.Page, total.Location.Source!.Box!.Value);
    }
}
