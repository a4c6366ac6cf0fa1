using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5 on seed 002: one wrong figure is one finding with the places that restate it.
/// </summary>
public class OneCauseSeedTests
{
    private static List<FiscalAudit.Core.Findings.Finding> Check(string text) =>
        new Auditor().Check(DisclosureExtractor.Default.Extract(new PlainTextReader().Read("seed002.txt", Encoding.UTF8.GetBytes(text)))).ToList();

    /// <summary>
    /// 表一 本年支出合计 mistyped 195.58: the 类 rows (192.59, rounding), 表三 192.58, the 总计 and the statement on
    /// 第384行 all say 192.58, so they are one 错误 at the cell. The statement on 第696行 (187.81) contradicts it by
    /// another amount: its own mistake, joined by the restatement 第696行 ≠ 第384行, where its “此处为 187.81” is said.
    /// </summary>
    [SharedFact]
    public void A_mistyped_cell_takes_the_statement_it_alone_contradicts_and_a_restatement_joins_the_other_at_its_own_line()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "<b>本年支出合计</b>\t58\t192.58";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, "<b>本年支出合计</b>\t58\t195.58"));

        var cell = Assert.Single(findings, f => f.Location is { Table: "T1", Row: "本年支出合计" });
        Assert.StartsWith("此处印为 195.58，与之核对的 4 处均表明应为 192.58：", cell.Message);
        Assert.Contains(cell.RelatedLocations, l => l.Line == 384);
        Assert.DoesNotContain(findings, f => f.Location.Line == 384);
        var late = Assert.Single(findings, f => f.RuleId == "FA3001" && f.Location.Line == 696);
        Assert.Contains("此处为 187.81万元", late.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3007");
    }

    [SharedFact]
    public void A_mistyped_part_of_a_narrative_breakdown_is_one_finding_with_the_sum_it_breaks()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "一般公共服务（类）支出176.99万元";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, "一般公共服务（类）支出167.99万元"));

        var part = Assert.Single(findings, f => f.RuleId == "FA3001" && f.Location.Line == 400);
        Assert.Contains("183.59", part.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3005");
    }
}
