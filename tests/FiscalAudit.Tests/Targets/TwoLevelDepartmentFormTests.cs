using System.Text;
using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// A 部门整体支出绩效目标表 whose indicator table has only 一级指标 | 二级指标 | 指标值 (the 二级指标 names the indicator), flattened one
/// cell per line as a PDF without rulings is read: each indicator is read with its 一级指标 and its value; a blank value
/// (its cell gone from the text) leaves the indicator without one (FA6604).
/// </summary>
public class TwoLevelDepartmentFormTests
{
    private const string Head = "阿巴嘎旗卫健委2025年部门整体支出绩效目标表\n部门名称\n阿巴嘎旗卫健委\n年度预算申请（万元）\n资金总额\n860.00\n"
        + "其中：财政拨款\n800.00\n其他资金\n60.00\n年度总体目标\n保障基本公共卫生服务，提升医疗服务能力。\n绩效指标\n一级指标\n二级指标\n指标值\n";

    private static (List<string> Indicators, List<string> Findings) Read(string indicators)
    {
        var result = new Auditor().Audit("targets.txt", Encoding.UTF8.GetBytes(Head + indicators));
        var form = Assert.Single(result.Disclosure!.ProjectTargets.DepartmentForms);
        return (form.Indicators.Select(i => $"{i.Path}={i.Value.Text}").ToList(),
            result.Findings.Where(f => f.RuleId.StartsWith("FA66", StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Message}").ToList());
    }

    [Fact]
    public void Each_second_level_names_an_indicator_and_the_next_line_is_its_value()
    {
        var (indicators, findings) = Read("产出指标\n数量指标\n≥12项\n质量指标\n≥95%\n时效指标\n2025年12月底前\n效益指标\n社会效益指标\n有效提升\n满意度指标\n服务对象满意度指标\n≥90%\n");
        Assert.Equal(new[] { "产出指标 · 数量指标=≥12项", "产出指标 · 质量指标=≥95%", "产出指标 · 时效指标=2025年12月底前", "效益指标 · 社会效益指标=有效提升", "满意度指标 · 服务对象满意度指标=≥90%" }, indicators);
        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("产出指标\n数量指标\n≥12项\n效益指标\n社会效益指标\n满意度指标\n服务对象满意度指标\n≥90%\n", "效益指标 · 社会效益指标")]
    [InlineData("产出指标\n数量指标\n质量指标\n≥95%\n效益指标\n社会效益指标\n有效提升\n满意度指标\n服务对象满意度指标\n≥90%\n", "产出指标 · 数量指标")]
    [InlineData("产出指标\n数量指标\n≥12项\n成本指标\n经济成本指标\n≤860万元\n效益指标\n社会效益指标\n有效提升\n满意度指标\n服务对象满意度指标\n", "满意度指标 · 服务对象满意度指标")]
    public void A_blank_value_leaves_its_indicator_without_one(string indicators, string blank)
    {
        var (read, findings) = Read(indicators);
        Assert.Contains($"{blank}=", read);
        Assert.Equal(new[] { $"FA6604 部门“阿巴嘎旗卫健委”的指标“{blank}”未填写指标值" }, findings);
    }
}
