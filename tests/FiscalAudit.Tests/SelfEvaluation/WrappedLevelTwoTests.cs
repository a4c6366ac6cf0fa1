using FiscalAudit.Engine;
using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Forms flattened one cell per line (a PDF copied as text) whose 二级指标 cell wraps over two lines in its narrow column (issue 12,
/// classes 1 and 2): “产出” over “质量”, “社会” over “效益指标”, “服务对象” over “满意度指标” — the first or second line a
/// first-level name — and 二级指标 no list knows (“进度指标”, “产出时效”) standing after a row with full marks and no 偏差原因. Each
/// is read as the 二级指标 it is, from its place (short lines that open no row, right before a line that does), never as the
/// 一级指标 again nor as the row before's reason: the form reads to the same indicators and the same findings (at rows named by the 二级指标 as printed) as unwrapped.
/// </summary>
public class WrappedLevelTwoTests
{
    /// <summary>Each edit of a line of 四川's flattened 项目支出绩效自评表 into the lines its 二级指标 cell wraps into, or into an unknown 二级指标.</summary>
    public static TheoryData<string, string> ProjectFormEdits => new()
    {
        { "数量指标", "产出\n数量指标" },
        { "质量指标", "产出\n质量" },
        { "时效指标", "产出时效" },
        { "成本指标", "产出\n成本指标" },
        { "经济效益指标", "经济\n效益指标" },
        { "社会效益指标", "社会\n效益" },
        { "服务对象满意度指标", "服务对象\n满意度指标" },
        { "时效指标", "进度指标" },
        { "社会效益指标", "社会影响指标" },
    };

    private static string Edited(string text, string line, string into) => text.Replace($"\n{line}\n", $"\n{into}\n", StringComparison.Ordinal);

    /// <summary>The indicators as “name weight score reason” and the evaluation findings as “rule row column”.</summary>
    private static (List<string> Indicators, List<string> Findings) Read(AuditResult result) =>
        (Project(result).Indicators.Select(i => $"{i.Level1} {i.Name} {i.Weight?.Text} {i.Score?.Text} {i.Deviation}").ToList(),
         ProvincialRedTeamFormTests.Reported(result));

    [Theory]
    [MemberData(nameof(ProjectFormEdits))]
    public void A_wrapped_or_unknown_level_two_cell_of_a_flattened_project_form_reads_like_the_printed_one(string line, string into)
    {
        var joined = into.Replace("\n", string.Empty, StringComparison.Ordinal);
        foreach (var name in new[] { "sichuan-flattened.txt", "sichuan-flattened-planted.txt" })
        {
            var text = Text(name, "ProvinceForms");
            var printed = Read(Audit(name, text));
            var wrapped = Audit(name, Edited(text, line, into));

            var read = Read(wrapped);
            Assert.Equal(printed.Indicators, read.Indicators);
            Assert.Equal(printed.Findings, read.Findings.Select(f => f.Replace($" · {joined} · ", $" · {line} · ", StringComparison.Ordinal)));
            Assert.Contains(Project(wrapped).Indicators, i => i.Level2 == joined);
        }
    }

    /// <summary>
    /// 吉林's 项目支出绩效自评表 with HTML tables (a converted Word file) whose 二级指标 cells break their line (“产出&lt;br&gt;质量指标”,
    /// “服务对象&lt;br&gt;满意度”) or name a 二级指标 no list knows (“进度指标”): the same indicators, scores and findings as printed.
    /// </summary>
    [Theory]
    [InlineData("jilin-project.md")]
    [InlineData("jilin-project-planted.md")]
    public void A_level_two_cell_broken_over_two_lines_in_an_html_table_reads_like_the_printed_one(string name)
    {
        var text = Text(name, "RedTeam13");
        var edited = text.Replace("| 质量指标 |", "| 产出<br>质量指标 |", StringComparison.Ordinal).Replace("| 生态效益指标 |", "| 生态<br>效益指标 |", StringComparison.Ordinal)
            .Replace("| 服务对象满意度指标 |", "| 服务对象<br>满意度 |", StringComparison.Ordinal).Replace("| 时效指标 |", "| 进度指标 |", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        static List<string> Scores(AuditResult r) => Project(r).Indicators.Select(i => $"{i.Level1} {i.Name} {i.Weight?.Text} {i.Score?.Text} {i.Deviation}").ToList();
        var printed = Audit(name, AsHtmlTables(text));
        var broken = Audit(name, AsHtmlTables(edited));

        Assert.Equal(Scores(printed), Scores(broken));
        Assert.Equal(ProvincialRedTeamFormTests.Reported(printed).Select(f => f.Split(" · ")[^1]), ProvincialRedTeamFormTests.Reported(broken).Select(f => f.Split(" · ")[^1]));
        Assert.Contains(Project(broken).Indicators, i => i.Level2 == "进度指标");
    }

    /// <summary>Each 二级指标 of 赣州's flattened third-party table and the two lines it wraps into, the first or second a group's name.</summary>
    public static TheoryData<string, string> ThirdPartyEdits => new()
    {
        { "产出数量", "产出\n数量" },
        { "产出质量", "产出\n质量" },
        { "产出时效", "产出\n时效" },
        { "产出成本", "产出\n成本" },
        { "社会效益", "社会\n效益" },
    };

    [Theory]
    [MemberData(nameof(ThirdPartyEdits))]
    public void A_level_two_cell_wrapped_under_its_group_name_in_a_flattened_third_party_table_stays_a_level_two_cell(string line, string into)
    {
        foreach (var name in new[] { "ganzhou-sanitation-flattened.txt", "ganzhou-sanitation-flattened-planted.txt" })
        {
            var text = Text(name);
            var printed = Audit(name, text);
            var wrapped = Audit(name, Edited(text, line, into));

            Assert.Equal(Shape(Project(printed)), Shape(Project(wrapped)));
            Assert.Equal(EvaluationFindings(printed).Select(f => (f.RuleId, f.Location.Row, f.Location.Column)), EvaluationFindings(wrapped).Select(f => (f.RuleId, f.Location.Row, f.Location.Column)));
        }
    }
}
