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
    internal static List<FiscalAudit.Core.Findings.Finding> Check(string text) =>
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
    /// <summary>
    /// 第400行 一般公共预算财政拨款支出 mistyped 202.58 (表五 192.58): the shares of its 类 worked out on 192.58 are wrong for the
    /// printed whole; they are one finding (worked out on one other base) folded into the amount's, each quoted.
    /// </summary>
    [SharedFact]
    public void Shares_of_a_mistyped_whole_are_folded_into_its_finding()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "2020年度一般公共预算财政拨款支出192.58万元，主要用于";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, "2020年度一般公共预算财政拨款支出202.58万元，主要用于"));

        var amount = Assert.Single(findings, f => f.RuleId == "FA3001" && f.Location.Line == 400);
        Assert.Contains("“一般公共服务（类）支出”176.99万元占“一般公共预算财政拨款支出”202.58万元的比例应为 87.37%", amount.Message);
        Assert.Contains("3 项占比均按", amount.Message);
        Assert.Equal(2, amount.MergedIds.Count);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3002" && f.Location.Line == 400);
    }

    /// <summary>
    /// 第394行 一般公共预算财政拨款支出 mistyped 202.58 with its fall printed 16.78% (15.78% of the right 192.58, wrong for
    /// either): the share of 支出合计 worked out on the wrong part and the growth rate of it are the amount's one finding.
    /// </summary>
    [SharedFact]
    public void A_share_and_a_growth_rate_of_a_mistyped_amount_are_folded_into_its_finding()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "2020 年度一般公共预算财政拨款支出 192.58 万元，占本年支出合计的 100%。与上年度相比，一般公共预算财政拨款支出减少 36.08 万元，下降 15.78%。";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, printed.Replace("192.58", "202.58").Replace("15.78%", "16.78%")));

        var amount = Assert.Single(findings, f => f.Location.Line == 394);
        Assert.Equal("FA3001", amount.RuleId);
        Assert.Contains("比例应为 105.19%", amount.Message);
        Assert.Contains("变动率应为 15.78%，说明写为 16.78%", amount.Message);
        Assert.Equal(2, amount.MergedIds.Count);
    }

    /// <summary>
    /// 第384行 支出合计 mistyped 195.58 with its share printed 98.47% (right for 195.58): the share is not flagged, and the
    /// share of it stated on 第394行 (100%, right for 192.58 only) is folded into the amount's finding.
    /// </summary>
    [SharedFact]
    public void A_share_consistent_with_the_mistyped_amount_is_not_flagged_and_another_is_folded()
    {
        var seed = File.ReadAllText(Repo.Seed002);
        const string printed = "2020 年度支出合计 192.58 万元，其中：基本支出 192.58 万元，占 100%。";
        Assert.Contains(printed, seed);

        var findings = Check(seed.Replace(printed, "2020 年度支出合计 195.58 万元，其中：基本支出 192.58 万元，占 98.47%。"));

        var amount = Assert.Single(findings, f => f.Location.Line == 384);
        Assert.Equal("FA3001", amount.RuleId);
        Assert.Contains("同一问题：“一般公共预算财政拨款支出”192.58万元占“支出合计”195.58万元的比例应为 98.47%，说明写为 100%", amount.Message);
        Assert.DoesNotContain(findings, f => f.RuleId == "FA3002");
    }
}
