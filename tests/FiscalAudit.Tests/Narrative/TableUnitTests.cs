using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Seed 002 with some of its nine tables printed in 元 (“金额单位：元”, every figure ×10000) while its 情况说明 speaks in
/// 万元, as county documents print them: the text is compared with the tables restated in 万元 and gives the seed's own
/// findings. A table whose caption contradicts its figures (元 over figures in 万元) is one FA3020, not an FA3001 per amount; the seed's own
/// mistyped restatement (第696行 187.81) stays its FA3001, compared with the figure the table meant.
/// </summary>
public class TableUnitTests
{
    /// <summary>
    /// The seed's lines with the tables numbered in <paramref name="captioned"/> captioned 元 and those in
    /// <paramref name="inYuan"/> printed in 元 (from the marker “公开0N表” to the next heading).
    /// </summary>
    private static string[] Seed(IReadOnlyCollection<int> captioned, IReadOnlyCollection<int> inYuan) =>
        TablesInYuan.Rewrite(File.ReadAllLines(Repo.Seed002), inYuan, captioned.ToDictionary(t => t, _ => (string?)"金额单位：元"));

    private static List<Finding> Check(string[] lines)
    {
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        return new Auditor().Check(disclosure).ToList();
    }

    private static List<(string Rule, int? Line)> Places(IEnumerable<Finding> findings) =>
        findings.Select(f => (f.RuleId, f.Location.Line)).OrderBy(x => x.Line).ThenBy(x => x.RuleId, StringComparer.Ordinal).ToList();

    private static List<Finding> Original() => Check(File.ReadAllLines(Repo.Seed002));

    [SharedTheory]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(6)]
    public void One_table_in_yuan_gives_the_seeds_own_findings(int table)
    {
        Assert.Equal(Places(Original()), Places(Check(Seed([table], [table]))));
    }

    /// <summary>
    /// Every table in 元: the text's comparisons with the tables are the seed's own. The seed's 万元 figures, each rounded,
    /// add up only within their rounding (0.01万元); ×10000 they miss their totals by 100元, which a 元 table may not —
    /// those sums inside the tables (FA1xxx) are the conversion's, not the subject here.
    /// </summary>
    [SharedFact]
    public void All_tables_in_yuan_give_the_seeds_own_narrative_and_cross_table_findings()
    {
        static bool NotInsideATable(Finding f) => !f.RuleId.StartsWith("FA10", StringComparison.Ordinal);
        var all = Check(Seed(Enumerable.Range(1, 9).ToList(), Enumerable.Range(1, 9).ToList()));
        Assert.Equal(Places(Original().Where(NotInsideATable)), Places(all.Where(NotInsideATable)));
        var restated = Assert.Single(all, f => f.RuleId == "FA3001");
        Assert.Contains("原文为“1925800.00元”，已换算为万元", restated.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 表七 in 元 with its 公务接待费 预算数 (and so the 合计) printed as <paramref name="printed"/>: the text's “预算为 0.3 万元”
    /// stands for 2,500–3,500元, so only a figure outside that is a difference.
    /// </summary>
    [SharedTheory]
    [InlineData("3480.00", false)]
    [InlineData("2520.50", false)]
    [InlineData("3520.00", true)]
    [InlineData("2480.00", true)]
    public void A_yuan_cell_agrees_with_a_wan_amount_within_its_rounding(string printed, bool differs)
    {
        var lines = Seed([7], [7]);
        var row = Array.FindIndex(lines, l => l.StartsWith("3000.00\t0.00\t0.00\t0.00\t0.00\t3000.00\t", StringComparison.Ordinal));
        lines[row] = printed + lines[row][7..].Replace("\t3000.00\t", $"\t{printed}\t", StringComparison.Ordinal);
        var original = Places(Original());
        var added = Check(lines).Where(f => !original.Contains((f.RuleId, f.Location.Line))).ToList();
        if (!differs)
        {
            Assert.Empty(added);
            return;
        }
        var finding = Assert.Single(added);
        Assert.Equal("FA3001", finding.RuleId);
        Assert.Contains($"原文为“{printed}元”，已换算为万元", finding.Message, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData(2, 132)]
    [InlineData(1, 85)]
    public void A_table_captioned_yuan_over_figures_in_wan_is_one_finding(int table, int titleLine)
    {
        var others = Enumerable.Range(1, 9).Where(t => t != table).ToList();
        var findings = Check(Seed(Enumerable.Range(1, 9).ToList(), others));
        var unit = Assert.Single(findings, f => f.RuleId == "FA3020");
        Assert.Equal(titleLine, unit.Location.Line);
        Assert.Contains("10000 倍", unit.Message, StringComparison.Ordinal);
        Assert.Contains("实为以“万元”为单位", unit.Message, StringComparison.Ordinal);
        Assert.Equal(Places(Original()).Where(p => p.Rule == "FA3001"), Places(findings.Where(f => f.RuleId == "FA3001")));
    }
}
