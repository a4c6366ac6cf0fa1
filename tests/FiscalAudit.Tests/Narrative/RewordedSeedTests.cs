using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Seed 002 with paragraphs of its 情况说明 rewritten the way other provinces word them, beside its own nine tables:
/// the right wording gives the seed's own findings and nothing more; each wrong number gives one finding with both numbers.
/// </summary>
public class RewordedSeedTests
{
    private static readonly Dictionary<int, string> Right = new()
    {
        [380] = "2020年度收入合计199.52万元。收入决算中，财政拨款收入199.52万元，占本年收入的100%。",
        [384] = "2020年度支出合计192.58万元，其中基本支出192.58万元，项目支出0万元。",
        [394] = "2020 年度一般公共预算财政拨款支出 192.58 万元（上年为228.66万元），占比100%，较上年减少 36.08 万元，下降 15.78%。主要原因是人员减少。",
        [414] = "4. 社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。年初未安排预算，年中追加预算0.48万元，支出决算为0.48万元，完成调整预算的100%。决算数与年初预算数存在差异的主要原因是新增一名退休人员物业补和取暖费。",
        [597] = "2020年度机关运行经费支出74.84万元，同比增长100.32%，增加37.48万元。增加的主要原因是：2020年将劳务派遣人员工资（劳务费）纳入该范围。",
    };

    private static List<Finding> Check(IReadOnlyDictionary<int, string> lines)
    {
        var text = File.ReadAllLines(Repo.Seed002);
        foreach (var (line, sentence) in lines) text[line - 1] = sentence;
        var disclosure = DisclosureExtractor.Default.Extract(new PlainTextReader().Read("002.txt", Encoding.UTF8.GetBytes(string.Join('\n', text))));
        return new Auditor().Check(disclosure).ToList();
    }

    private static List<(string Rule, int? Line, string Message)> Summary(IEnumerable<Finding> findings) =>
        findings.Select(f => (f.RuleId, f.Location.Line, f.Message)).OrderBy(x => x.Line).ThenBy(x => x.RuleId).ToList();

    [SharedFact]
    public void The_right_wording_gives_the_seeds_own_findings()
    {
        Assert.Equal(Summary(Check(new Dictionary<int, string>())), Summary(Check(Right)));
    }

    [SharedTheory]
    [InlineData(380, "占本年收入的100%", "占本年收入的98%", "FA3002", "100.00%", "98%")]
    [InlineData(394, "（上年为228.66万元）", "（上年为230.66万元）", "FA3003", "减少 38.08万元", "减少 36.08万元")]
    [InlineData(597, "同比增长100.32%", "同比增长百分之九十", "FA3003", "100.32%", "90%")]
    [InlineData(384, "项目支出0万元", "项目支出5.00万元", "FA3001", 0.00, 5.00)]
    [InlineData(414, "完成调整预算的100%", "完成年初预算的100%", "FA3008", "无预算", "100%")]
    [InlineData(414, "完成调整预算的100%", "完成调整预算的90%", "FA3004", "100.00%", "90%")]
    public void A_wrong_number_gives_one_finding_with_both_numbers(int line, string right, string wrong, string rule, object expected, object actual)
    {
        var lines = new Dictionary<int, string>(Right) { [line] = Right[line].Replace(right, wrong, StringComparison.Ordinal) };
        var own = Summary(Check(Right));
        var added = Check(lines).Where(f => !own.Contains((f.RuleId, f.Location.Line, f.Message))).ToList();
        var finding = Assert.Single(added);
        Assert.Equal((rule, line), (finding.RuleId, finding.Location.Line));
        Assert.Equal(expected is double e ? (decimal)e : expected, finding.Expected is decimal d ? d : finding.Expected);
        Assert.Equal(actual is double a ? (decimal)a : actual, finding.Actual is decimal d2 ? d2 : finding.Actual);
    }

    /// <summary>
    /// 第384行 with a wrong total whose one part is said to be all of it (“支出合计195.58万元，其中：基本支出192.58万元，占100%”): one
    /// FA3001 there, with the share worked out on the part (192.58 of 195.58 is 98.47%) — the total is never its own part (no FA3005).
    /// </summary>
    [SharedFact]
    public void A_whole_is_never_its_own_part()
    {
        var own = Summary(Check(Right));
        var at384 = Check(new Dictionary<int, string>(Right) { [384] = "2020年度支出合计195.58万元，其中：基本支出192.58万元，占100%" })
            .Where(f => !own.Contains((f.RuleId, f.Location.Line, f.Message)) && f.Location.Line == 384).ToList();
        var finding = Assert.Single(at384);
        Assert.Equal(("FA3001", 192.58m, 195.58m), (finding.RuleId, (decimal)finding.Expected!, (decimal)finding.Actual!));
        Assert.Contains("“基本支出”192.58万元占“支出合计”195.58万元的比例应为 98.47%", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// 第414行 with the budget raised during the year and the adjusted budget stated (0.36 + 0.12 = 0.48): the seed's own
    /// findings; an increase that does not add up to the stated adjusted budget is FA3019 there, with both figures.
    /// </summary>
    [SharedFact]
    public void An_adjusted_budget_that_is_not_the_sum_of_its_changes_is_found_where_it_is_stated()
    {
        const string adjusted = "4. 社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。年初预算为0.36万元，年中追加预算0.12万元，调整后预算为0.48万元，支出决算为0.48万元，完成调整预算的100%。决算数与年初预算数存在差异的主要原因是新增一名退休人员物业补和取暖费。";
        var own = Summary(Check(Right));
        Assert.Equal(own, Summary(Check(new Dictionary<int, string>(Right) { [414] = adjusted })));
        var wrong = new Dictionary<int, string>(Right) { [414] = adjusted.Replace("年中追加预算0.12万元", "年中追加预算0.14万元", StringComparison.Ordinal) };
        var finding = Assert.Single(Check(wrong), f => !own.Contains((f.RuleId, f.Location.Line, f.Message)));
        Assert.Equal(("FA3019", 414), (finding.RuleId, finding.Location.Line));
        Assert.Contains("0.48", finding.Message, StringComparison.Ordinal);
        Assert.Contains("0.50", finding.Message, StringComparison.Ordinal);
    }
}
