using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// Issue 12 class 8: a 项目支出绩效自评表 whose funds row is labelled after its rate (“预算执行率”, “资金执行率”) instead of
/// “年度资金总额” — the word that also heads its 执行率 column — in forms with 年初预算数 (安徽 tab-separated, 甘肃 Markdown), without it
/// (江西: 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) and flattened one cell per line (四川). The row is read as the 年度资金总额
/// row is; a planted funds score is FA4005 at the row.
/// </summary>
public class FundsRateRowTests
{
    private const string Total = "年度资金总额";

    public static TheoryData<string, string> FormsAndLabels { get; } = new()
    {
        { "anhui-tab.txt", "预算执行率" },
        { "gansu-markdown.md", "预算执行率" },
        { "jiangxi-tab.txt", "资金执行率" },
        { "sichuan-flattened.txt", "预算执行率" },
        { "jiangxi-tab.txt", "预算执行率：" },
        { "anhui-tab.txt", "项目资金执行率" },
    };

    [Theory]
    [MemberData(nameof(FormsAndLabels))]
    public void The_row_is_read_as_the_funds_total_is(string form, string label)
    {
        var original = Audit(form, Text(form, "ProvinceForms"));
        var relabelled = Audit(form, Relabelled(form, label));
        var (before, after) = (Project(original).Funds, Project(relabelled).Funds);
        Assert.NotNull(after.Budget);
        Assert.Equal(Shape(before), Shape(after));
        Assert.Equal(LineOf(form, Total, "ProvinceForms"), after.Location?.Line);
        Assert.Equal(EvaluationFindings(original).Select(f => f.RuleId), EvaluationFindings(relabelled).Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("anhui-tab.txt", "预算执行率", "9.40", "8.40")]
    [InlineData("gansu-markdown.md", "预算执行率", "9.40", "7.40")]
    [InlineData("jiangxi-tab.txt", "资金执行率", "9.80", "8.80")]
    public void A_planted_funds_score_is_one_FA4005_at_the_row(string form, string label, string score, string planted)
    {
        var text = Relabelled(form, label);
        var row = text.Split('\n').Single(l => l.Contains(label, StringComparison.Ordinal));
        var at = row.LastIndexOf(score, StringComparison.Ordinal);
        Assert.True(at > 0);
        var result = Audit(form, text.Replace(row, row[..at] + planted + row[(at + score.Length)..], StringComparison.Ordinal));
        var f = Assert.Single(EvaluationFindings(result), f => f.RuleId == "FA4005");
        Assert.Equal(LineOf(form, Total, "ProvinceForms"), f.Location.Line);
        Assert.Equal(label, f.Location.Row);
        Assert.Contains($" · {label} · ", f.Location.Describe(), StringComparison.Ordinal);
    }

    /// <summary>A funds finding names the row by its printed label: “预算执行率：” as 预算执行率, “年度资金总额（万元）” as 年度资金总额.</summary>
    [Theory]
    [InlineData("预算执行率：", "预算执行率")]
    [InlineData("项目资金执行率", "项目资金执行率")]
    [InlineData("年度资金总额（万元）", Total)]
    [InlineData(Total, Total)]
    public void A_funds_finding_names_the_row_as_printed(string label, string named)
    {
        var text = Relabelled("jiangxi-tab.txt", label);
        var row = text.Split('\n').Single(l => l.Contains(label, StringComparison.Ordinal));
        var planted = row.Replace("9.80", "8.80", StringComparison.Ordinal);
        Assert.NotEqual(row, planted);
        var f = Assert.Single(EvaluationFindings(Audit("jiangxi-tab.txt", text.Replace(row, planted, StringComparison.Ordinal))), f => f.RuleId == "FA4005");
        Assert.Equal(named, f.Location.Row);
    }

    /// <summary>A header cell “预算执行率” over the funds columns is no funds row: the form without a row of its own reads no funds.</summary>
    [Fact]
    public void A_rate_header_alone_is_no_funds_row()
    {
        var text = Text("jiangxi-tab.txt", "ProvinceForms");
        var lines = text.Split('\n').ToList();
        var header = lines.FindIndex(l => l.StartsWith("项目资金", StringComparison.Ordinal));
        lines[header] = lines[header].Replace("执行率", "预算执行率", StringComparison.Ordinal);
        lines.RemoveRange(header + 1, 3);
        var funds = Project(Audit("jiangxi-tab.txt", string.Join('\n', lines))).Funds;
        Assert.Null(funds.Score);
        Assert.Null(funds.PrintedRate);
    }

    private static string Relabelled(string form, string label)
    {
        var text = Text(form, "ProvinceForms");
        Assert.Single(text.Split(Total)[1..]);
        return text.Replace(Total, label, StringComparison.Ordinal);
    }

    private static string Shape(Core.Model.Evaluation.FundsRow f) =>
        $"{f.InitialBudget?.Text}/{f.Budget?.Text}/{f.Executed?.Text}/{f.Weight?.Text}/{f.PrintedRate?.Text}/{f.Score?.Text}";
}
