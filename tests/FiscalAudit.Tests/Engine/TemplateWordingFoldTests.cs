using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Engine;

namespace FiscalAudit.Tests.Engine;

/// <summary>
/// Issue 12 class 5: the same template words left in at several places of one document (a template not worked through) are
/// one FA3016 warning at the first place listing the others; other words left in stay their own warning.
/// </summary>
public class TemplateWordingFoldTests
{
    private const string Head = "# 示例市示例局2025年部门预算\n\n## 一、收支预算总体情况说明\n\n示例市示例局2025年度收入、支出预算总计3200.00万元，与上年相比收、支预算总计各增加120.00万元，增长3.90%。主要原因是新增信息化项目。\n\n";

    private static List<Finding> Residue(string body) =>
        new Auditor().Audit("示例预算.txt", Encoding.UTF8.GetBytes(Head + body)).Findings.Where(f => f.RuleId == "FA3016").ToList();

    private static int LineOf(string body, string sentence) =>
        Array.FindIndex((Head + body).Split('\n'), l => l.Contains(sentence, StringComparison.Ordinal)) + 1;

    private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs) + "\n";

    // Jiangsu budgets (江苏省人大办公厅2018预算公开.pdf 第19–28页) print one template sentence for every empty fund.
    private const string Fund = "政府性基金收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项收入。";
    private const string Capital = "国有资本经营收入预算0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项收入。";
    private const string Carried = "上年结转资金预算数为0万元，与上年相比增加（减少）0万元，增长（减少）0%。主要原因是本部门无此项结转。";
    private const string Cars = "公务用车购置预算支出0万元，比上年预算增加（减少）0万元，主要原因是无此项预算。";
    private const string Note = "政府采购预算总额120.00万元（如无政府采购，填写0）。";
    private const string Assets = "截至2024年底，本部门共有车辆2辆（如有重大变化请说明）。";
    private const string Unfinished = "机关运行经费预算比上年增加12.00万元，主要原因是。";
    private const string Unfinished2 = "一般公共预算财政拨款支出预算比上年减少30.00万元，主要原因是。";

    [Fact]
    public void The_same_alternatives_at_three_places_are_one_warning_listing_the_other_two()
    {
        var body = Body("## 二、收入预算情况说明", Fund, Capital, Carried, "## 三、支出预算情况说明", Cars);
        var findings = Residue(body);

        // “增加（减少）”“增长（减少）” three times, “增加（减少）” alone once: two causes.
        Assert.Equal(2, findings.Count);
        var both = Assert.Single(findings, f => (string)f.Actual! == "增加（减少）”“增长（减少）");
        Assert.Equal(LineOf(body, Fund), both.Location.Line);
        Assert.Equal(new int?[] { LineOf(body, Capital), LineOf(body, Carried) }, both.RelatedLocations.Select(l => l.Line));
        Assert.Equal(2, both.MergedIds.Count);
        Assert.EndsWith($"；另有 2 处同类情况：第{LineOf(body, Capital)}行、第{LineOf(body, Carried)}行", both.Message);
        var alone = Assert.Single(findings, f => (string)f.Actual! == "增加（减少）");
        Assert.Equal(LineOf(body, Cars), alone.Location.Line);
        Assert.Empty(alone.MergedIds);
        Assert.Empty(alone.RelatedLocations);
    }

    [Fact]
    public void The_same_sentence_left_unfinished_twice_is_one_warning_beside_the_instructions_left_in()
    {
        var body = Body("## 二、支出预算情况说明", Unfinished, Note, Unfinished2, Assets);
        var findings = Residue(body);

        var unfinished = Assert.Single(findings, f => (string)f.Actual! == "主要原因是");
        Assert.Equal(LineOf(body, Unfinished), unfinished.Location.Line);
        Assert.Equal(new int?[] { LineOf(body, Unfinished2) }, unfinished.RelatedLocations.Select(l => l.Line));
        // Two different instructions are two pieces of text to delete: each its own warning.
        Assert.Equal(3, findings.Count);
        Assert.All(findings.Where(f => f != unfinished), f => Assert.Empty(f.MergedIds));
    }

    [Fact]
    public void Words_left_in_once_each_are_not_folded()
    {
        var findings = Residue(Body("## 二、收入预算情况说明", Fund, Cars, Unfinished));

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Empty(f.MergedIds));
    }
}
