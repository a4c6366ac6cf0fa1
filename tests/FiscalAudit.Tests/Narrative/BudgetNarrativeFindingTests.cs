using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// The narrative findings on the 15 budget PDFs, each recomputed by hand from the printed page (see the comments).
/// FA3016 (template residue) and FA3008 (a 0% growth from 0) are counted separately: they only occur in 人大18.
/// </summary>
public class BudgetNarrativeFindingTests
{
    private static readonly string[] Counted = { "FA3016", "FA3008" };

    private static List<Finding> Findings(string name) =>
        new Auditor().Audit(Repo.BudgetPdf(name)).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).ToList();

    public static TheoryData<string, (string, Severity, int, int, string, string)[]> Verified() => new()
    {
        {
            "江苏省人大办公厅2018预算公开.pdf", new[]
            {
                ("FA3003", Severity.Warning, 21, 9, "1212.56%", "1312.56%"), // 单位预留机动经费 1685.72, +1557.29: 1557.29 ÷ 128.43
                ("FA3002", Severity.Info, 22, 8, "10.60%", "10.61%"),         // 1685.72 ÷ 15897.44; right shares add to 99.99: adjusted
            }
        },
        {
            "江苏省人民检察院2017年部门预算.pdf", new[]
            {
                ("FA3003", Severity.Warning, 19, 4, "2.32%", "2.31%"),     // 公共安全 13656.34, +309.03: 309.03 ÷ 13347.31 = 2.3153% (truncated)
                ("FA3007", Severity.Error, 19, 23, "12323.46", "12323.48"), // 基本支出 12323.46 (p.19 l.7) vs 12323.48 (table, next section)
                ("FA3003", Severity.Warning, 22, 7, "129.29%", "129.97%"), // 机关运行经费 6032.55, +3401.59: 3401.59 ÷ 2630.96
                ("FA3002", Severity.Error, 22, 18, "26.79%", "26.72%"),    // 公务接待 156.55 of 110 + 317.8 + 156.55 = 584.35
            }
        },
        {
            "江苏省人民检察院2018年部门预算公开.pdf", new[]
            {
                ("FA3003", Severity.Error, 23, 9, "22.00%", "21.95%"),   // 收支总计 21955.35, +3958.67: 3958.67 ÷ 17996.68
                ("FA3003", Severity.Warning, 24, 10, "9.15%", "9.1%"),   // 社会保障和就业 1836.22, −184.96: 184.96 ÷ 2021.18 = 9.151%
                ("FA3002", Severity.Error, 25, 11, "99.93%", "99.94%"),  // 21940.96 ÷ 21955.35; 99.93 + 0.07 = 100, nothing to adjust
                ("FA3002", Severity.Error, 25, 12, "0.07%", "0.06%"),    // 14.39 ÷ 21955.35 = 0.0655%
                ("FA3002", Severity.Error, 25, 15, "63.74%", "63.75%"),  // 13994.31 ÷ 21955.35; 63.74 + 25.38 + 10.88 = 100
                ("FA3002", Severity.Error, 25, 17, "10.88%", "10.87%"),  // 2388.04 ÷ 21955.35
                ("FA3003", Severity.Warning, 26, 11, "36.59%", "36.58%"), // 行政运行 10883.36, +2915.22: ÷ 7968.14 = 36.586%
                ("FA3003", Severity.Warning, 26, 15, "0.60%", "0.06%"),  // 一般行政管理事务 3666, +21.8: ÷ 3644.2
                ("FA3003", Severity.Warning, 26, 18, "6.60%", "0.66%"),  // 检察监督 1895, −134: ÷ 2029
            }
        },
        { "江苏省委办公厅2017年部门预算.pdf", new[] { ("FA3003", Severity.Warning, 8, 16, "1.69%", "1.66%") } },      // 行政运行 +101.48 ÷ 6005.51
        {
            "江苏省高级人民法院2017年度部门预算公开.pdf", new[]
            {
                ("FA3002", Severity.Info, 20, 18, "0.63%", "0.64%"),      // 182.92 ÷ 28849.38; right shares add to 99.99: adjusted
                ("FA3003", Severity.Warning, 22, 17, "79.09%", "79.05%"), // 提租补贴 1959.99, +865.57: ÷ 1094.42
            }
        },
        {
            // 财政拨款收入 “比2024年预算执行数增加24,558.18”, 基金 and 国有资本 “比2024年预算执行数持平” against eight “比2024年预算”.
            "上海市普陀区商务委员会25年预算.pdf", new[]
            {
                ("FA3017", Severity.Warning, 7, 2, "2024年预算", "2024年预算执行数"), // with 第7页 第5行 and 第6行: one inconsistency
            }
        },
        {
            "上海市普陀区商务委员会单位25年预算.pdf", new[]
            {
                ("FA3017", Severity.Warning, 7, 2, "2024年预算", "2024年预算执行数"), // with 第7页 第5行 and 第6行: one inconsistency
            }
        },
    };

    [SharedTheory]
    [MemberData(nameof(Verified))]
    public void Budget_narrative_findings_are_exactly_the_verified_ones(string name, (string, Severity, int, int, string, string)[] expected)
    {
        var actual = Findings(name).Where(f => !Counted.Contains(f.RuleId))
            .Select(f => (f.RuleId, f.Severity, f.Location.Page ?? 0, f.Location.Line ?? 0, Convert.ToString(f.Expected, System.Globalization.CultureInfo.InvariantCulture)!, Convert.ToString(f.Actual, System.Globalization.CultureInfo.InvariantCulture)!))
            .ToList();
        Assert.Equal(expected.OrderBy(x => x.Item3).ThenBy(x => x.Item4).ThenBy(x => x.Item1), actual.OrderBy(x => x.Item3).ThenBy(x => x.Item4).ThenBy(x => x.Item1));
    }

    [SharedFact]
    public void The_other_budgets_have_no_narrative_finding()
    {
        var verified = Verified().Select(row => (string)row[0]).Append("江苏省人大办公厅2018预算公开.pdf").ToHashSet();
        foreach (var name in Repo.BudgetPdfs().Where(n => !verified.Contains(n)))
            Assert.True(Findings(name).Count == 0, $"{name}: {string.Join("；", Findings(name).Select(f => f.Message))}");
    }

    /// <summary>
    /// 人大18 kept the template's “增加（减少）0万元，增长（减少）0%” in its empty funds (13 pieces in 7 sentences, the five sentences
    /// alike one finding) and so states 0% growth from 0 six times.
    /// </summary>
    [SharedFact]
    public void Renda_2018_kept_the_template_alternatives()
    {
        var findings = Findings("江苏省人大办公厅2018预算公开.pdf");
        var residue = findings.Where(f => f.RuleId == "FA3016").ToList();
        // Seven sentences keep alternatives; the five that keep the same “增加（减少）…增长（减少）” are one template not worked
        // through: one warning listing the other four places.
        Assert.Equal(3, residue.Count);
        Assert.Equal(13, residue.Sum(f => ((string)f.Actual!).Split("”“").Length * (1 + f.MergedIds.Count)));
        Assert.Equal(4, Assert.Single(residue, f => (string)f.Actual! == "增加（减少）”“增长（减少）").RelatedLocations.Count);
        Assert.All(residue.SelectMany(f => ((string)f.Actual!).Split("”“")), piece => Assert.Contains(piece, new[] { "增加（减少）", "增长（减少）", "增长（降低）" }));
        // Six 0%-of-0 hints, reported as one that lists the other five places.
        var zeroBase = Assert.Single(findings, f => f.RuleId == "FA3008" && f.Severity == Severity.Info);
        Assert.Equal(5, zeroBase.MergedIds.Count);
    }

    /// <summary>Every “X（类）Y（款）Z（项）”科目N万元 line of 万里街道 is a fact naming its three 科目, with its page and line.</summary>
    [SharedFact]
    public void Wanli_classification_lines_are_facts_with_their_subjects()
    {
        var disclosure = new Auditor().Audit(Repo.BudgetPdf("上海市普陀区人民政府万里街道办事处25年预算.pdf")).Disclosure!;
        var lines = disclosure.Narrative.Facts.Where(f => f.Classification.Count == 3).ToList();
        Assert.Equal(33, lines.Count);
        Assert.All(lines, f => Assert.Equal(new[] { 1, 2, 3 }, f.Classification.Select(p => p.Level)));
        var security = Assert.Single(lines, f => f.Amount!.Value.Value == 257.80m);
        Assert.Equal(("公共安全支出", "其他公共安全支出", 6, 18), (security.Classification[0].Name, security.Classification[2].Name, security.Location.Page, security.Location.Line));
        // 33 lines rounded to 0.01 each: 18,976.74 against the total 18,976.76 (domain.md §8).
        Assert.Equal(18976.74m, lines.Sum(f => f.Amount!.Value.Value));
    }
}
