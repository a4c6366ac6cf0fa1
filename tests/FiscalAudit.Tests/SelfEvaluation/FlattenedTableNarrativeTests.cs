using FiscalAudit.Core.Findings;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// The lines of an indicator table flattened one cell per line are table cells, not running text: an indicator's name and its
/// weight on the next line (“预算执行率” “5”) are no rate printed without “%” (FA3012), while prose around the table still is.
/// </summary>
public class FlattenedTableNarrativeTests
{
    /// <summary>The narrative findings (FA3xxx) of a report, by rule and line.</summary>
    private static List<(string, int?)> Narrative(string name, string text) =>
        Audit(name, text).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).Select(f => (f.RuleId, f.Location.Line)).ToList();

    /// <summary>Each composed report, its tables flattened, has the narrative findings of its Markdown form: none from the table.</summary>
    [Theory]
    [MemberData(nameof(MarkdownReports), MemberType = typeof(ThirdPartyKit))]
    public void A_flattened_table_yields_no_narrative_finding(string name)
    {
        var markdown = Audit(name).Findings.Where(f => f.RuleId.StartsWith("FA3", StringComparison.Ordinal)).Select(f => f.RuleId);
        var flattened = Narrative(name.Replace(".md", ".txt", StringComparison.Ordinal), AsFlattened(Text(name)));
        Assert.Equal(markdown, flattened.Select(f => f.Item1));
        Assert.DoesNotContain(flattened, f => f.Item1 == "FA3012");
    }

    [Theory]
    [InlineData(Farmland)]
    [InlineData(StreetLighting)]
    public void A_flattened_fixture_yields_no_rate_without_percent(string name) =>
        Assert.DoesNotContain(Narrative(name, Text(name)), f => f.Item1 == "FA3012");

    /// <summary>Prose glued to the table's last line by the paragraph joiner is still read: its rate without “%” is found on its line.</summary>
    [Theory]
    [InlineData("预算执行率为95，资金使用总体规范")]
    [InlineData("项目预算执行率95，较上年有所提高")]
    [InlineData("实际支出占预算的93，部分标段延期完工")]
    public void Prose_right_after_a_flattened_table_is_still_checked(string sentence)
    {
        var text = Text(Farmland).TrimEnd() + "\n" + sentence + "\n";
        var line = text.Split('\n').Length - 1;
        var found = Narrative("after.txt", text);
        Assert.Equal([("FA3012", (int?)line)], found.Where(f => f.Item1 == "FA3012"));
        Assert.Equal(91.5m, Project(Audit("after.txt", text)).ReportedScore!.Value.Value);
    }

    /// <summary>
    /// Cells flattened one a line in a table that is not rebuilt (no indicator header): a rate's name with its weight or score
    /// alone on the next line is a table cell; the same name with the number in a sentence is a rate without “%”.
    /// </summary>
    [Theory]
    [InlineData("资金管理\n预算执行率\n5\n资金到位率\n5\n资金使用合规性\n4", false)]
    [InlineData("过程指标\n执行率\n4.5\n完成及时性\n3", false)]
    [InlineData("项目支出情况\n预算执行率\n 95 \n资金使用合规性\n4", false)]
    [InlineData("本年度项目预算执行率为95，资金使用规范。", true)]
    [InlineData("本年度项目预算执行率为\n95，资金使用规范。", true)]
    [InlineData("经核查，预算执行率\n95。", true)]
    public void A_rates_name_and_a_bare_number_on_the_next_line_is_no_rate(string lines, bool rate)
    {
        var text = "2024年度项目支出情况说明\n" + lines + "\n";
        var found = Narrative("cells.txt", text).Where(f => f.Item1 == "FA3012").ToList();
        Assert.Equal(rate ? 1 : 0, found.Count);
    }
}
