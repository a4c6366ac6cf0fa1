namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The layout words of evaluation-markers.json decide which parsers run: a narrative whose only evaluation content is a
/// per-project summary is read because “自评综述” is listed as the summary marker.
/// </summary>
public class EvaluationMarkerTests
{
    [Theory]
    [InlineData("1.包联驻村项目自评综述：项目按计划完成，自评得分99.46分。全年预算数为10万元，执行数为9.73万元，完成预算的97.34%。", "包联驻村", "99.46")]
    [InlineData("2.老年协会活动经费项目绩效自评综述：自评得分为88.5分。全年预算为5万元，执行数为4.2万元。", "老年协会活动经费", "88.5")]
    [InlineData("“社区治理”项目自评综述：全年预算数20万元，执行数18万元，自评得分92分。", "社区治理", "92")]
    public void A_summary_is_read_because_its_marker_is_listed(string summary, string name, string score)
    {
        var read = Assert.Single(Summaries(summary));
        Assert.Equal((name, score), (read.Name, read.Score?.Text));
    }

    internal static List<Core.Model.Evaluation.ProjectSummary> Summaries(string summary)
    {
        var (d, _) = SelfEvaluationKit.FromText($"""
            某某街道办事处2024年度项目支出绩效自评报告

            为加强预算绩效管理，现将2024年度项目自评情况报告如下。
            {summary}
            """);
        return d.Evaluations.Summaries;
    }
}
