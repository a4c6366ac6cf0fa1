using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Engine;
using FiscalAudit.Reports;
using FiscalAudit.Reports.Docx;
using FiscalAudit.Reports.Parts;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Reports;

/// <summary>The Word 审核意见书 read back with OpenXml after real audits.</summary>
public class ReviewOpinionDocxTests
{
    public static TheoryData<string> SharedDocuments => new(AuditedDocuments.SharedNames);

    [SharedTheory]
    [MemberData(nameof(SharedDocuments))]
    public void Opinion_names_the_document_and_lists_every_finding_under_its_part(string name)
    {
        var report = AuditedDocuments.Shared.Single(r => r.File == AuditedDocuments.SharedPath(name));
        using var document = Open(Write(report));
        var body = document.MainDocumentPart!.Document.Body!;

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var blocks = body.Elements().Select(e => e.InnerText).ToList();
        Assert.Equal("预决算公开审核意见书", blocks[0]);
        Assert.Contains(report.File, blocks[1]);
        Assert.Contains(report.Disclosure!.Department!, blocks[1]);
        Assert.Contains(report.Disclosure.Year!.ToString()!, blocks[1]);
        var parts = DisclosureParts.Of(report.Disclosure);
        Assert.NotEmpty(report.Findings);
        foreach (var f in report.Findings)
        {
            var at = blocks.FindIndex(b => b.Contains(f.Id, StringComparison.Ordinal));
            Assert.True(at > 0, $"{f.Id} {f.RuleId} is not in the opinion");
            Assert.Equal(at, blocks.FindLastIndex(b => b.Contains(f.Id, StringComparison.Ordinal)));
            Assert.StartsWith($"（", blocks[at - 1]);
            Assert.Contains(parts.PartOf(f).Title, blocks[..at].Last(b => b.StartsWith('（')));
        }
        Assert.Contains(Counts(report), blocks);
    }

    [SharedFact]
    public void Opinion_is_a4_with_chinese_fonts_and_bordered_tables()
    {
        using var document = Open(Write(AuditedDocuments.Shared[^1]));
        var body = document.MainDocumentPart!.Document.Body!;

        var page = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
        Assert.All(body.Descendants<Run>(), r => Assert.Contains(r.RunProperties!.RunFonts!.EastAsia!.Value, new[] { "宋体", "黑体" }));
        Assert.All(body.Descendants<Table>(), t => Assert.NotNull(t.GetFirstChild<TableProperties>()!.TableBorders));
        var text = body.InnerText;
        Assert.Contains("审核人：", text);
        Assert.Contains("签字：", text);
        Assert.Contains("日期：", text);
        Assert.Contains("PAGE", document.MainDocumentPart.FooterParts.Single().Footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public void Waived_findings_are_listed_apart_and_not_counted()
    {
        var (report, waiver) = AuditedDocuments.ExampleWithWaiver();
        using var document = Open(Write(report));
        var blocks = document.MainDocumentPart!.Document.Body!.Elements().Select(e => e.InnerText).ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var apart = blocks.FindIndex(b => b.StartsWith("三、已忽略的问题（1 条", StringComparison.Ordinal));
        Assert.True(apart > 0);
        var listed = blocks.FindIndex(b => b.Contains(waiver.Id, StringComparison.Ordinal));
        Assert.True(listed > apart);
        Assert.Contains("已忽略：部门已书面说明，属尾数调整", blocks[listed]);
        Assert.Contains(Counts(report), blocks);
        Assert.EndsWith("1 条", Counts(report));
        Assert.All(report.Findings.Where(f => !f.IsWaived), f => Assert.True(blocks.FindIndex(b => b.Contains(f.Id, StringComparison.Ordinal)) < apart));
    }

    [Fact]
    public void Unreadable_file_gets_an_opinion_that_says_so()
    {
        var result = new Auditor().Audit("损坏.pdf", new byte[] { 1, 2, 3 });
        using var document = Open(Write(new DocumentReport(result.File, result.Disclosure, result.Findings, result.ReadError)));

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("无法读取", text);
        Assert.Contains(result.Findings.Single().Id, text);
    }

    /// <summary>The counts table as text: the four headers, then findings by severity without the waived ones, then the waived ones.</summary>
    private static string Counts(DocumentReport report)
    {
        var counted = report.Findings.Where(f => !f.IsWaived).ToList();
        var values = Enum.GetValues<FiscalAudit.Core.Findings.Severity>().Select(s => counted.Count(f => f.Severity == s)).Append(report.Findings.Count - counted.Count);
        return "错误警告提示已忽略" + string.Concat(values.Select(v => $"{v} 条"));
    }

    internal static byte[] Write(DocumentReport report)
    {
        using var output = new MemoryStream();
        ReviewOpinionDocx.Write(output, report);
        return output.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);
}
