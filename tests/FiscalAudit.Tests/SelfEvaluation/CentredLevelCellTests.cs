namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A 二级指标 cell merged over its rows and centred down them, as a table without rulings prints it, lands on a row of the group
/// below its first: the group's first rows read with no 二级 name take the first one below them that the framework puts under
/// their 一级 group (MidGroupLevelCells.FillLeadingLevel2); a name the framework puts elsewhere, or none, leaves them as read.
/// </summary>
public class CentredLevelCellTests
{
    private const string Form = """
        项目支出绩效自评表
        （2023年度）
        项目名称	农村饮水安全巩固提升工程
        主管部门	宁远县水利局	实施单位	宁远县农村供水管理站
        项目资金（万元）		年初预算数	全年预算数	全年执行数	分值	执行率	得分
        	年度资金总额	300.00	320.00	304.00	10	95.00%	9.50
        年度总体目标	预期目标	实际完成情况
        	完成12处集中供水工程改造。	完成12处集中供水工程改造。
        绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
        	产出指标（50分）	FIRST	集中供水工程改造数量	≥12处	12处	15	15
        			新建管网长度	≥40公里	41.5公里	10	10
        		SECOND	老旧管网改造长度	≥20公里	20公里	10	10
        		质量指标	工程验收合格率	100%	100%	15	15
        	效益指标（30分）		农村自来水普及率	≥92%	92.6%	10	10
        		社会效益指标	受益人口	≥3.5万人	3.6万人	10	10
        		可持续影响指标	工程运行管护机制	健全	健全	10	10
        	满意度指标（10分）	服务对象满意度指标	受益群众满意度	≥90%	93%	10	10
        总分						100	99.50
        """;

    [Fact]
    public void Rows_over_a_centred_level2_cell_take_its_name()
    {
        var (disclosure, findings) = SelfEvaluationKit.FromText(Form.Replace("FIRST", "", StringComparison.Ordinal).Replace("SECOND", "数量指标", StringComparison.Ordinal));
        var project = Assert.Single(disclosure.Evaluations.Projects);
        Assert.Equal(
            ["产出指标 数量指标 集中供水工程改造数量", "产出指标 数量指标 新建管网长度", "产出指标 数量指标 老旧管网改造长度", "产出指标 质量指标 工程验收合格率",
             "效益指标 社会效益指标 农村自来水普及率", "效益指标 社会效益指标 受益人口", "效益指标 可持续影响指标 工程运行管护机制", "满意度指标 服务对象满意度指标 受益群众满意度"],
            project.Indicators.Select(i => $"{i.Level1} {i.Level2} {i.Name}"));
        Assert.Empty(findings);
    }

    [Fact]
    public void A_level2_name_the_framework_puts_under_another_group_is_not_taken()
    {
        var (disclosure, _) = SelfEvaluationKit.FromText(Form.Replace("FIRST", "", StringComparison.Ordinal).Replace("SECOND", "经济效益指标", StringComparison.Ordinal));
        var project = Assert.Single(disclosure.Evaluations.Projects);
        Assert.Equal([null, null, "经济效益指标"], project.Indicators.Take(3).Select(i => i.Level2));
    }

    [Fact]
    public void Rows_under_a_level2_cell_of_their_own_keep_it()
    {
        var (disclosure, findings) = SelfEvaluationKit.FromText(Form.Replace("FIRST", "数量指标", StringComparison.Ordinal).Replace("SECOND", "时效指标", StringComparison.Ordinal));
        var project = Assert.Single(disclosure.Evaluations.Projects);
        Assert.Equal(["数量指标", "数量指标", "时效指标", "质量指标"], project.Indicators.Take(4).Select(i => i.Level2));
        Assert.Empty(findings);
    }
}
