using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Ingest.Office.Docx;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Office;

/// <summary>
/// Issue 12 on 部门决算 published as Word (Office/FinalAccounts): a Guangxi district 市场监督管理局 决算 saved by LibreOffice from HTML,
/// nine tables as Word tables with merged title rows, 科目编码 as 类/款/项 columns or one code column, 表八/表九 empty with their notes.
/// One copy prints 表七 with the panel word only over each panel's first column (“预算数合计 | 因公出国（境）费 | 公务用车购置及运行费 |
/// 公务接待费 | 决算数合计 | …”) and types its 情况说明 numbers; the other has the usual two-level 表七 and 情况说明 headings numbered by
/// Word (“一、” from a chineseCounting list, not in the text). The right documents give only the true FA3015 (no 预算绩效 and
/// 其他重要事项 parts); each planted error gives its rule at its table or paragraph.
/// </summary>
public class WordFinalAccountsTests
{
    private const string Panel = "nanning-market-panel-sangong.docx";

    private const string Numbered = "nanning-market-numbered-outline.docx";

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Office", "FinalAccounts", name));

    /// <summary>The document with the first run reading exactly <paramref name="old"/> in a paragraph containing <paramref name="context"/> made <paramref name="wrong"/>.</summary>
    private static byte[] Plant(byte[] docx, string context, string old, string wrong)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var run = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
                .Where(p => p.InnerText.Contains(context, StringComparison.Ordinal))
                .SelectMany(p => p.Descendants<Text>())
                .First(t => t.Text == old);
            run.Text = wrong;
        }
        return stream.ToArray();
    }

    private static List<Finding> Findings(string name, byte[] docx) => new Auditor().Audit(name, docx).Findings.ToList();

    [Theory]
    [InlineData(Panel)]
    [InlineData(Numbered)]
    public void The_right_document_gives_only_the_missing_parts_warning(string name)
    {
        var finding = Assert.Single(Findings(name, Fixture(name)));
        Assert.Equal(("FA3015", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("第 10 部分“预算绩效情况说明”、第 11 部分“其他重要事项的情况说明”", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_numbered_headings_read_as_Word_prints_them()
    {
        var text = new DocxReader().Read(Numbered, Fixture(Numbered)).Lines.Select(l => l.Text).ToList();
        Assert.Contains("一、收入支出决算总体情况说明", text);
        Assert.Contains("七、财政拨款“三公”经费支出决算情况说明", text);
        Assert.Contains("九、国有资本经营预算财政拨款支出决算情况说明", text);
    }

    /// <summary>Table plants: (file, paragraph, printed, planted, rule, table).</summary>
    [Theory]
    [InlineData(Panel, "18.60", "18.60", "19.60", "FA1010", "T7")]
    [InlineData(Panel, "7.00", "7.00", "8.00", "FA1010", "T7")]
    [InlineData(Panel, "828.00", "828.00", "830.00", "FA1001", "T1")]
    [InlineData(Numbered, "520.00", "520.00", "530.00", "FA1005", "T2")]
    [InlineData(Numbered, "4.40", "4.40", "5.40", "FA1010", "T7")]
    public void A_planted_table_error_is_found_in_its_table(string name, string context, string old, string wrong, string rule, string table)
    {
        var found = Findings(name, Plant(Fixture(name), context, old, wrong)).Where(f => f.RuleId != "FA3015").ToList();
        Assert.Contains(found, f => f.RuleId == rule && f.Location.Table == table);
    }

    /// <summary>情况说明 plants: (file, paragraph, printed, planted, rule).</summary>
    [Theory]
    [InlineData(Panel, "支出决算为", "18.60", "18.80", "FA3001")]
    [InlineData(Panel, "完成预算的", "74.40%", "75.40%", "FA3004")]
    [InlineData(Numbered, "一般公共预算财政拨款支出", "807.00", "817.00", "FA3001")]
    [InlineData(Numbered, "完成预算的", "74.40%", "75.40%", "FA3004")]
    public void A_planted_narrative_error_is_found_at_its_paragraph(string name, string context, string old, string wrong, string rule)
    {
        var planted = Plant(Fixture(name), context, old, wrong);
        var line = new DocxReader().Read(name, planted).Lines.First(l => l.Text.Contains(context, StringComparison.Ordinal) && l.Text.Contains(wrong, StringComparison.Ordinal)).Location.Line;
        var finding = Assert.Single(Findings(name, planted), f => f.RuleId != "FA3015");
        Assert.Equal((rule, line), (finding.RuleId, finding.Location.Source?.Line));
    }
}
