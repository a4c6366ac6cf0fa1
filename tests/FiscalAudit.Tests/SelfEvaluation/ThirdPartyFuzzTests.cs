using FiscalAudit.Tests.Support;
using CsCheck;
using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Mutated third-party reports never crash the reading or the rules: lines dropped, repeated or swapped, cells
/// blanked or replaced by labels, headings, extreme numbers and noise, tables cut short.
/// </summary>
public class ThirdPartyFuzzTests
{
    private static readonly string[] Reports =
    {
        Renovation, RoadMaintenance, ElderlyCare, DrinkingWater, DrinkingWaterPlanted, Mianyang, Liuyang, Liling, SplitByGroup,
        "department-wide-ecology-20-20-40-20.md", "key-evaluation-farmland-rubric-20-20-30-30.md", "two-part-library-subtotals-10-20-40-30.md", "graded-water-supply-bands-20-30-30-20.md",
    };

    private static readonly string[] CellNoise =
    {
        "", "合计", "总分", "评价等级", "良好", "一级指标", "三级指标", "分值", "得分", "决策", "过程（25分）", "（15分）决策", "决策15分",
        "产出指标（50分）", "（分）", "—", "-5", "0", "79228162514264337593543950335", "999999999999999.9999999999", "1e5", "100%%",
        "≥", "≤0", "＞0%", "5万元以内", "3.", ".5", "１２．５", "x", "项目名称", "绩效评价报告", "|", "\t",
        "扣分", "扣", "扣-", "未扣分", "满分", "扣分见附表", "百分之", "百分之点五", "百分之九十五点", "百分之一千零", "预算执行率百分之九十六",
        "表1", "表2-1：决策指标评分表（10分）", "附表3", "产出指标得分情况", "0.9554", "预算执行率0.9554", "执行率1.00", "0.", "决策小计", "小计", "一级指标得分",
        "（5）项目立项", "（12）资金管理（15分）", "1.产出数量", "A1立项", "【20%】效益",
    };

    private static void MustNotCrash(string text)
    {
        var result = new Auditor().Audit("fuzz.md", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0003" || f.Message.Contains("运行出错", StringComparison.Ordinal) || f.Message.Contains("无法重算得分", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Mutate(string line, Random random) => LineMutations.Mutate(line, random, CellNoise);

    [Fact]
    public void Mutated_lines_never_crash()
    {
        Gen.Int[0, Reports.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var random = new Random(t.Item2);
            var lines = Text(Reports[t.Item1]).Split('\n');
            var rate = random.Next(2, 12);
            MustNotCrash(string.Join("\n", lines.SelectMany(l => random.Next(rate) == 0 ? Mutate(l, random) : new[] { l })));
        }, iter: 150);
    }

    [Fact]
    public void Shuffled_table_rows_and_columns_never_crash()
    {
        Gen.Int[0, Reports.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var random = new Random(t.Item2);
            var lines = Text(Reports[t.Item1]).Split('\n');
            var width = lines.Where(l => l.StartsWith('|')).Select(l => l.Count(c => c == '|')).DefaultIfEmpty(0).Max(); // none in an HTML table: its rows are shuffled whole
            var order = Enumerable.Range(0, width).OrderBy(_ => random.Next()).ToArray();
            var shuffled = lines.Select(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal)
                ? string.Join("|", order.Select(i => l.Split('|').ElementAtOrDefault(i) ?? string.Empty))
                : l);
            MustNotCrash(string.Join("\n", random.Next(2) == 0 ? shuffled : shuffled.OrderBy(_ => random.Next())));
        }, iter: 100);
    }

    /// <summary>Reports flattened one cell per line, their lines mutated, dropped, repeated or cut short, never crash.</summary>
    [Fact]
    public void Mutated_flattened_tables_never_crash()
    {
        string[] flattened = [.. Reports.Select(r => AsFlattened(Text(r))), Text(StreetLighting), Text(Farmland)];
        Gen.Int[0, flattened.Length - 1].Select(Gen.Int[0, int.MaxValue]).Sample(t =>
        {
            var random = new Random(t.Item2);
            var lines = flattened[t.Item1].Split('\n');
            var rate = random.Next(2, 12);
            var mutated = lines.SelectMany(l => random.Next(rate) == 0 ? Mutate(l, random) : new[] { l }).ToList();
            MustNotCrash(string.Join("\n", mutated.Take(random.Next(mutated.Count + 1))));
        }, iter: 150);
    }
}
