using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Pdf.Ocr;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// The county bureau's 收入支出决算总表 (<see cref="ScannedCountyDisclosureTests"/>) scanned in colour at 150 dpi with the
/// bureau's red seal stamped over the table's figures, as published disclosures are stamped. Planted: 住房保障支出 1.20
/// that 本年支出合计 280.10 leaves out (FA1002 on 表一). The seal's ring, name and star cross the figures; dropped before
/// the page is read, the figures are read as without it: the planted total is found, and the clean table adds nothing.
/// </summary>
public class SealedScanTests
{
    private const string File = "竹溪县农业农村局2021年度部门决算.pdf";

    private static readonly Lazy<GrayImage> Name = new(() => SealStamp.Name("竹溪县农业农村局", 150));

    [OcrTheory(PrintsShared = true)]
    [InlineData("over the expenditure figures")]
    [InlineData("over the income figures, dark ink")]
    public void The_planted_total_is_found_through_the_seal(string seal)
    {
        var result = new Auditor(new AuditProfile()).Audit(File, Sealed(ScannedCountyDisclosureTests.PlantedPdf.Value, seal));

        Assert.Null(result.ReadError);
        var total = Assert.Single(result.Findings, f => f.RuleId == "FA1002");
        Assert.Equal(("T1", "本年支出合计"), (total.Location.Table, total.Location.Row));
        Assert.Contains("280.10", total.Message);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [OcrTheory(PrintsShared = true)]
    [InlineData("over the expenditure figures")]
    public void The_clean_sealed_scan_adds_no_finding(string seal)
    {
        var result = new Auditor(new AuditProfile()).Audit(File, Sealed(ScannedCountyDisclosureTests.CleanPdf.Value, seal));

        Assert.Empty(result.Findings.Where(f => f.RuleId is not "FA5001" and not "FA0002").Select(f => $"{f.RuleId} {f.Message}"));
    }

    private static byte[] Sealed(string pdf, string seal)
    {
        var (x, y, ink) = seal switch
        {
            "over the expenditure figures" => (930, 930, (226, 38, 44)),
            "over the income figures, dark ink" => (520, 650, (190, 30, 40)),
            _ => throw new ArgumentException(seal),
        };
        var pages = ScannedPdf.Render(pdf, 150);
        var table = ScannedPdf.MostInked(pages);
        var colour = SealStamp.Stamped(pages[table].Image, Name.Value, x, y, 124, ink);
        pages[table] = pages[table] with { Colour = colour };
        return ScannedPdf.Build(pages);
    }
}
