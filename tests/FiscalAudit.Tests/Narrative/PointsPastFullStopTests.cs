using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12: points “一是…二是…三是…四是” after a count go on past “。” while the next sentence opens with the next point
/// (“一是加强预算管理。二是规范资金使用；三是…”); the list ends at the sentence that opens with no next point. The right count is
/// silent; a count that differs from the points written out gives one FA3018.
/// </summary>
public class PointsPastFullStopTests
{
    private const string Projects = "本单位对4个项目开展绩效自评，一是乡村振兴项目。二是高标准农田建设项目。三是农村人居环境整治项目。四是动物防疫项目。";

    private const string Measures = "主要采取了以下4项措施：一是加强预算管理，提高资金使用效益。二是规范资金使用；三是强化绩效监控。四是做好信息公开。";

    private const string Offices = "本部门共有4个内设机构，一是办公室，负责日常事务。二是财务科。三是审计科。四是法规科。";

    private const string Trailing = "本单位对3个项目开展绩效自评，一是乡村振兴项目；二是高标准农田建设项目。三是农村人居环境整治项目。下一步将继续加强绩效管理。";

    [Theory]
    [InlineData(Projects)]
    [InlineData(Measures)]
    [InlineData(Offices)]
    [InlineData(Trailing)]
    public void Points_that_match_the_count_are_silent(string text) => Assert.Empty(Findings(text, "FA3018"));

    [Theory]
    [InlineData(Projects, "对4个项目", "对3个项目", "所列为 4 项")]
    [InlineData(Measures, "以下4项措施", "以下5项措施", "所列为 4 项")]
    [InlineData(Offices, "共有4个内设机构", "共有3个内设机构", "所列为 4 项")]
    [InlineData(Trailing, "对3个项目", "对4个项目", "所列为 3 项")]
    public void A_count_that_differs_from_the_points_gives_one_finding(string text, string right, string wrong, string expected)
    {
        Assert.Contains(right, text, StringComparison.Ordinal);
        var finding = Assert.Single(Findings(text.Replace(right, wrong, StringComparison.Ordinal), "FA3018"));
        Assert.Equal(1, finding.Location.Line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
