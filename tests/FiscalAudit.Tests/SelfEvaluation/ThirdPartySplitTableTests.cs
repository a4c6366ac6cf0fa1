using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// A third-party indicator table printed one table per first-level group, the group's points only in the caption above it
/// (“（一）决策（15分）”) and no 一级指标 column: read as the one table it splits, its findings placed at the captions and cells.
/// </summary>
public class ThirdPartySplitTableTests
{
    [Fact]
    public void A_table_split_by_group_reads_like_the_whole_table()
    {
        var split = Audit(SplitByGroup);
        var whole = Project(Audit(Renovation));
        var p = Project(split);
        Assert.Equal(Shape(whole).Skip(1), Shape(p).Skip(1));
        Assert.Equal(("88.5", "良", "decision-process-output-benefit-15-25-25-35"), (p.ReportedScore?.Text, p.Grade, p.Recomputation!.SchemeId));
        Assert.Equal(LineOf(SplitByGroup, "（三）产出（25分）"), p.Groups.Single(g => g.Name == "产出").Location.Line);
        Assert.Empty(EvaluationFindings(split));
    }

    [Fact]
    public void Every_planted_error_of_a_split_table_is_found_at_its_place()
    {
        var result = Audit(SplitByGroupPlanted);
        var found = EvaluationFindings(result).Select(f => (f.RuleId, f.Location.Line, f.Location.Row, f.Location.Column, f.Expected?.ToString(), f.Actual?.ToString())).Order().ToList();
        var conclusion = LineOf(SplitByGroupPlanted, "综合得分为88.5分");
        var expected = new (string, int?, string?, string?, string?, string?)[]
        {
            ("FA4001", LineOf(SplitByGroupPlanted, "| 立项程序规范性 |"), "决策 · 项目立项 · 立项程序规范性", "得分", "2", "3"),
            ("FA4002", LineOf(SplitByGroupPlanted, "（二）过程（20分）"), "过程", "分值", "20", "25"),
            ("FA4003", conclusion, "总分", "得分", "89.5", "88.5"),
            ("FA4007", conclusion, "等级", null, "良", "优"),
        };
        Assert.Equal(expected.Order().ToList(), found);
    }

    /// <summary>Captions and tables that do not make the framework's groups (a table of 二级/三级 under one caption) stay unread.</summary>
    [Fact]
    public void One_captioned_table_alone_is_not_joined()
    {
        var text = Text(SplitByGroup);
        var cut = text.IndexOf("（二）过程（25分）", StringComparison.Ordinal);
        var result = Audit("one.md", text[..cut]);
        Assert.Empty(result.Disclosure!.Evaluations.Projects);
        Assert.Empty(EvaluationFindings(result));
    }
}
