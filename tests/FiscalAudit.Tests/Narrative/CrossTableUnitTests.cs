using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A county 决算 in 万元 (nine tables and 情况说明) that spent “三公” money (表六 30217 公务接待费 0.85, 30231 公务用车运行维护费
/// 3.26; 表七 预算 5.30, 决算 4.11) with one table printed in 元 under its “金额单位：万元” caption: the template's cross-table
/// comparisons (表六 ≤ 表七, 表五 = 表三/表四/表六) show the factor even where the text restates the table once or never. One
/// FA3020 at that table; the comparisons and restatements that differ by the factor are folded into it.
/// </summary>
public class CrossTableUnitTests
{
    private static readonly string[] Document = File.ReadAllLines(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Narrative", "Units", "official-expenses-in-wan.txt"));

    private const string OfficialExpenses = "2020年度“三公”经费财政拨款支出预算为";

    /// <summary>
    /// The findings but the sums inside a table (FA10xx): the fixture's 万元 figures, each rounded, add up within their
    /// rounding; ×10000 they may miss their totals by 100元, which is the conversion's, not a 元 table's.
    /// </summary>
    private static List<Finding> Check(IEnumerable<string> lines)
    {
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read("wenxian.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return new Auditor().Check(disclosure).Where(f => !f.RuleId.StartsWith("FA10", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The tables printed in 元, their caption kept (“金额单位：万元”) or replaced by <paramref name="caption"/>.</summary>
    private static string[] InYuan(IReadOnlyCollection<int> tables, string? caption = null) =>
        TablesInYuan.Rewrite(Document, tables, caption is null ? new Dictionary<int, string?>() : tables.ToDictionary(t => t, _ => (string?)caption));

    [Fact]
    public void The_document_as_published_is_clean()
    {
        Assert.Contains(Document, l => l.StartsWith(OfficialExpenses, StringComparison.Ordinal));
        Assert.Empty(Check(Document));
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(7, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void A_table_in_yuan_under_a_wan_caption_is_one_finding_at_that_table(int table, bool restated)
    {
        var lines = InYuan([table]).Select(l => restated || !l.StartsWith(OfficialExpenses, StringComparison.Ordinal) ? l : "2020年度“三公”经费支出情况详见公开07表。");

        var unit = Assert.Single(Check(lines));

        Assert.Equal(("FA3020", $"T{table}", (string?)null), (unit.RuleId, unit.Location.Table, unit.Location.Row));
        Assert.Contains("10000 倍", unit.Message, StringComparison.Ordinal);
        Assert.Contains("实为以“元”为单位", unit.Message, StringComparison.Ordinal);
        Assert.Contains("其他表", unit.Message, StringComparison.Ordinal);
        Assert.Contains(unit.RelatedLocations, l => l.Table is not null && l.Table != $"T{table}");
        Assert.Equal(restated, unit.Message.Contains("情况说明", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_table_in_yuan_that_says_so_is_clean(int table)
    {
        Assert.Empty(Check(InYuan([table], "金额单位：元")));
    }

    [Fact]
    public void Every_table_in_yuan_and_captioned_so_is_clean()
    {
        Assert.Empty(Check(InYuan(Enumerable.Range(1, 9).ToList(), "金额单位：元")));
    }

    /// <summary>表七 in 元 with its 公务接待费 mistyped besides (8600.00 for 8500.00): 表六 no longer agrees by the factor there, but the rest still shows the unit.</summary>
    [Fact]
    public void A_table_in_yuan_with_one_figure_mistyped_besides_is_still_its_unit()
    {
        var lines = InYuan([7]).Select(l => l.StartsWith("53000.00\t", StringComparison.Ordinal) ? l[..l.LastIndexOf('\t')] + "\t8600.00" : l).ToList();
        Assert.Contains(lines, l => l.EndsWith("\t8600.00", StringComparison.Ordinal));

        var findings = Check(lines);

        var unit = Assert.Single(findings, f => f.RuleId == "FA3020");
        Assert.Equal("T7", unit.Location.Table);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3001");
    }
}
