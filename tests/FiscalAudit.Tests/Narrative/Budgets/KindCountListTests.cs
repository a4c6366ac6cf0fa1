using FiscalAudit.Engine;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Narrative.Budgets;

/// <summary>
/// Issue 12 (class 9): a 机构设置 paragraph counting its units by kind before listing them all (“本部门中，行政单位1家，参公单位1家，
/// 事业单位4家，具体包括：” then every unit, as the 普陀 budgets print it) is checked against the kinds' total; a list that fits the last
/// kind's count alone is not judged wrong (“设内设机构5个，直属事业单位2个，分别为：…” lists the two units), and a list fitting neither
/// is one FA3018 quoting every count. Put in place of the 浙江 budget's paragraph on its units (Budget/Unseen).
/// </summary>
public class KindCountListTests
{
    private const string Units = "本部门预算由局本级和所属1家事业单位（嘉兴市秀洲区农业经济技术服务中心）预算组成。";

    private const string Own = "嘉兴市秀洲区农业农村局（本级）";

    private const string Service = "嘉兴市秀洲区农业经济技术服务中心";

    private const string Enforcement = "嘉兴市秀洲区农业行政执法队";

    private const string Animals = "嘉兴市秀洲区动物卫生监督所";

    public static TheoryData<string> Right() => new()
    {
        $"本部门中，行政单位1家，事业单位1家，具体包括：{Own}、{Service}。",
        $"本部门中，行政单位 1 家，参公单位 1 家，事业单位 2 家，具体包括：\n1. {Own}。\n2. {Enforcement}。\n3. {Service}。\n4. {Animals}。",
        $"纳入本部门2025年部门预算编制范围的单位共3家，其中行政单位1家、事业单位2家，具体包括：{Own}、{Service}、{Animals}。",
        $"本部门设内设机构5个，直属事业单位2个，分别为：{Service}、{Animals}。",
        $"本部门中，行政单位1家，事业单位2家，具体包括：{Service}、{Animals}。",
    };

    public static TheoryData<string, string> Planted() => new()
    {
        { $"本部门中，行政单位 1 家，参公单位 1 家，事业单位 2 家，具体包括：\n1. {Own}。\n2. {Service}。\n3. {Animals}。", "行政单位 1 家，参公单位 1 家，事业单位 2 家" },
        { $"本部门中，行政单位1家，事业单位2家，具体包括：{Own}、{Enforcement}、{Service}、{Animals}。", "行政单位1家，事业单位2家" },
        { $"本部门设内设机构5个，直属事业单位2个，分别为：{Enforcement}、{Service}、{Animals}。", "直属事业单位2个" },
    };

    [Theory]
    [MemberData(nameof(Right))]
    public void Units_counted_by_kind_and_listed_in_full_give_no_finding(string wording) =>
        Assert.DoesNotContain(Reported(wording), f => f.RuleId == "FA3018");

    [Theory]
    [MemberData(nameof(Planted))]
    public void A_list_fitting_no_count_is_one_finding_quoting_the_counts(string wording, string quoted)
    {
        var finding = Assert.Single(Reported(wording), f => f.RuleId == "FA3018");
        Assert.Contains($"“{quoted}", finding.Message, StringComparison.Ordinal);
        Assert.Equal(7, finding.Location.Line);
    }

    private static IEnumerable<Core.Findings.Finding> Reported(string wording)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "tests", "FiscalAudit.Tests", "Budget", "Unseen", "zhejiang-budget.txt"));
        Assert.Equal(7, text[..text.IndexOf(Units, StringComparison.Ordinal)].Count(c => c == '\n') + 1);
        var result = new Auditor().Audit("嘉兴市秀洲区农业农村局2025年部门预算.txt", System.Text.Encoding.UTF8.GetBytes(text.Replace(Units, wording, StringComparison.Ordinal)));
        return result.Findings;
    }
}
