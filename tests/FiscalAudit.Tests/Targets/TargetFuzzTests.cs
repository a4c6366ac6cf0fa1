using FiscalAudit.Tests.Support;
using CsCheck;
using FiscalAudit.Extract;
using static FiscalAudit.Tests.Targets.TargetKit;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// Mutated copies of the composed budget never crash the 项目支出绩效目标表 reader or the 绩效目标 rules: lines dropped,
/// repeated or cut, cells replaced by labels, level words, extreme numbers and noise, and the forms flattened one cell
/// per line (the shape of tables that lost their ruling).
/// </summary>
public class TargetFuzzTests
{
    private static readonly string[] CellNoise =
    {
        "", "项目名称", "年度资金总额", "其中：财政拨款", "其他资金", "年度目标", "一级指标", "三级指标", "指标值", "产出指标", "成本指标",
        "数量指标", "2025年项目支出绩效目标表", "详见单位的项目绩效目标表", "—", "-5", "0", "79228162514264337593543950335",
        "999999999999999.9999999999", "≥", "≤0", "＞0%", "5-", "１２．５", "共个", "涉及项目预算资金万元", "其中：", "|", "\t",
    };

    private static void MustNotCrash(string text)
    {
        var result = Audit(text);
        Assert.Null(result.ReadError);
        Assert.DoesNotContain(result.Disclosure!.Notes, n => n.Message.StartsWith(DisclosureExtractor.FailurePrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "FA0003");
    }

    private static IEnumerable<string> Mutate(string line, Random random) => LineMutations.Mutate(line, random, CellNoise);

    [Fact]
    public void Mutated_lines_never_crash() => MutateLines(iterations: 150);

    /// <summary>Once crashed the budget table locator: a table announced by a marker of a template table without a title.</summary>
    [Fact]
    public void A_table_announced_by_a_marker_alone_never_crashes() => MutateLines(iterations: 1, seed: "3FgtxlxbVMu5");

    private static void MutateLines(int iterations, string? seed = null)
    {
        var lines = Markdown.Split('\n');
        Gen.Int[0, int.MaxValue].Sample(s =>
        {
            var random = new Random(s);
            var rate = random.Next(2, 10);
            MustNotCrash(string.Join("\n", lines.SelectMany(l => random.Next(rate) == 0 ? Mutate(l, random) : new[] { l })));
        }, iter: iterations, seed: seed);
    }

    [Fact]
    public void Forms_flattened_one_cell_per_line_are_read_and_mutations_never_crash()
    {
        var flat = Markdown.Split('\n')
            .Where(l => !l.StartsWith("|---", StringComparison.Ordinal))
            .SelectMany(l => l.StartsWith('|') ? l.Trim('|').Split('|').Select(c => c.Trim()) : new[] { l })
            .ToArray();
        var read = Audit(string.Join("\n", flat));
        Assert.Equal(Shape(Audit(Markdown)), Shape(read));
        Assert.Equal(Findings(Audit(Markdown)), Findings(read));
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            MustNotCrash(string.Join("\n", flat.SelectMany(l => random.Next(5) == 0 ? Mutate(l, random) : new[] { l })));
        }, iter: 100);
    }
}
