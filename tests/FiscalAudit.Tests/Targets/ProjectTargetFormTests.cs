using FiscalAudit.Core.Model.Evaluation;
using static FiscalAudit.Tests.Targets.TargetKit;

namespace FiscalAudit.Tests.Targets;

/// <summary>
/// The composed budget (Data/targets-budget.md): its three 项目支出绩效目标表 read cell by cell, its 绩效目标设置情况
/// statement, and the findings planted in it, each at its place.
/// </summary>
public class ProjectTargetFormTests
{
    private static readonly Lazy<FiscalAudit.Engine.AuditResult> Result = new(() => Audit(Markdown));

    [Fact]
    public void Forms_are_read_with_units_funds_goal_and_indicators()
    {
        var targets = Result.Value.Disclosure!.ProjectTargets;
        Assert.Equal(new[] { "社区文化活动经费", "信息化系统运维费", "社区文化活动经费" }, targets.Forms.Select(f => f.Project.Text));
        var culture = targets.Forms[0];
        Assert.Equal("示例街道办事处", culture.Supervisor?.Text);
        Assert.Equal("示例街道社区文化活动中心", culture.Implementer?.Text);
        Assert.Equal((50.00m, 45.00m, 5.00m), (culture.Total!.Number.Value, culture.Fiscal!.Number.Value, culture.Other!.Number.Value));
        Assert.Equal(16, culture.Total.Location.Line);
        Assert.Equal("全年举办社区文化活动不少于20场，丰富居民文化生活。", culture.Goal?.Text);
        Assert.Equal(
            new[] { "产出指标/数量指标/举办活动场次", "产出指标/质量指标/活动完成率", "产出指标/时效指标/完成时间", "效益指标/社会效益指标/居民参与度", "满意度指标/服务对象满意度指标/居民满意度" },
            culture.Indicators.Select(i => $"{i.Level1}/{i.Level2}/{i.Name}"));
        var sessions = culture.Indicators[0];
        Assert.Equal((TargetOperator.AtLeast, 20m, "场"), (sessions.Value.Operator, sessions.Value.Value!.Value.Value, sessions.Value.Unit));
        Assert.Equal(21, sessions.Location.Line);
        Assert.False(culture.Indicators[2].Value.IsNumeric);
        Assert.Equal("2025年12月底前", culture.Indicators[2].Value.Text);
        Assert.True(targets.Forms[1].Indicators[0].IsEmpty);
        Assert.Empty(targets.Referrals);
    }

    [Fact]
    public void The_statement_gives_count_total_and_listed_projects()
    {
        var statement = Result.Value.Disclosure!.ProjectTargets.Statement!;
        Assert.Equal(3m, statement.Count!.Number.Value);
        Assert.Equal(170.00m, statement.Total!.Number.Value);
        Assert.Equal(new[] { "社区文化活动经费 50.00", "信息化系统运维费 130.00" }, statement.Projects.Select(p => $"{p.Name} {p.Amount.Number.Text}"));
        Assert.Equal(7, statement.Location.Line);
    }

    [Fact]
    public void Planted_faults_are_reported_at_their_places()
    {
        var found = Result.Value.Findings.Where(f => f.RuleId.StartsWith("FA66", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.Location.Source?.Line} {f.Expected} {f.Actual}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[]
        {
            "FA6601 32 110.00 120.00",   // 年度资金总额 120.00 ≠ 财政拨款 100.00 + 其他资金 10.00
            "FA6602 7 120.00 130.00",    // the statement lists 130.00 for the 120.00 form
            "FA6603 7 2 3",              // 共3个, forms for two projects
            "FA6604 37  ",               // 维护系统数量 has no 指标值
            "FA6605 38  ",               // 运维成本 = 控制在合理范围
            "FA6606 27  ",               // 信息化系统运维费 has no 满意度指标
            "FA6607 41  ",               // 社区文化活动经费 a second time
        }, found);
        Assert.Contains("信息化系统运维费", Assert.Single(Result.Value.Findings, f => f.RuleId == "FA6606").Message);
        Assert.Contains("满意度指标", Assert.Single(Result.Value.Findings, f => f.RuleId == "FA6606").Message);
    }

    [Fact]
    public void Corrected_forms_give_no_finding()
    {
        var corrected = Markdown
            .Replace("共3个，涉及项目预算资金170.00万元", "共2个，涉及项目预算资金170.00万元", StringComparison.Ordinal)
            .Replace("信息化系统运维费130.00万元", "信息化系统运维费120.00万元", StringComparison.Ordinal)
            .Replace("| 其他资金 | 10.00 |", "| 其他资金 | 20.00 |", StringComparison.Ordinal)
            .Replace("| 维护系统数量 | |", "| 维护系统数量 | 12个 |", StringComparison.Ordinal)
            .Replace("控制在合理范围", "≤120万元", StringComparison.Ordinal)
            .Replace("| | 效益指标 | 社会效益指标 | 系统可用率 | ≥99% |", "| | 效益指标 | 社会效益指标 | 系统可用率 | ≥99% |\n| | 满意度指标 | 服务对象满意度指标 | 使用人员满意度 | ≥90% |", StringComparison.Ordinal);
        var withoutCopy = corrected[..corrected.LastIndexOf("2025年项目支出绩效目标表", StringComparison.Ordinal)];
        var result = Audit(withoutCopy);
        Assert.Equal(2, result.Disclosure!.ProjectTargets.Forms.Count);
        Assert.Empty(Findings(result));
    }

    [Fact]
    public void A_blank_goal_is_reported()
    {
        var result = Audit(Markdown.Replace("| 年度目标 | 保障街道信息化系统全年稳定运行。 |", "| 年度目标 | |", StringComparison.Ordinal));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "FA6609");
        Assert.Equal(27, finding.Location.Source?.Line);
        Assert.Null(result.Disclosure!.ProjectTargets.Forms[1].Goal);
    }
}
