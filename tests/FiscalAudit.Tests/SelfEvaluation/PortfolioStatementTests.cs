namespace FiscalAudit.Tests.SelfEvaluation;

/// <summary>
/// FA4012 on “共N个项目，涉及资金X万元” in its other wordings: Chinese numerals, “开展了N个项目的绩效自评”, amounts in 元, and
/// the count alone (“对3个项目开展了绩效自评”) or with its funds (“组织对3个项目开展绩效评价，涉及资金Y万元”) against the project
/// forms attached to the same document.
/// </summary>
public class PortfolioStatementTests
{
    internal static string Report(string portfolio) => $"""
        2024年度测试经费项目绩效自评报告

        {portfolio}
        一、项目基本情况
        年度绩效目标：年初申请预算10万元，用于测试。
        我单位对测试经费项目进行绩效自评。
        本项目资金年初预算数10万元，其中：财政拨款10万元。
        本项目资金变动后预算数10万元，其中：财政拨款10万元。
        本项目资金全年执行数5万元、执行率为50%，其中：财政拨款5万元。
        三、项目绩效情况
        (一) 产出指标
        1.数量指标
        （1）测试次数(次)，目标值20，完成值21，分值8，得分8。
        （2）测试人数(人)，目标值10，完成值10，分值82，得分82。
        本项目绩效自评得分95.00分，等级为优。
        """;

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位开展了一个项目的绩效自评，涉及资金100000.00元。", 1, 10)]
    [InlineData("根据预算绩效管理要求，我单位共1个项目，涉及资金10万元。", 1, 10)]
    [InlineData("根据预算绩效管理要求，我单位共涉及项目一个，涉及资金10.00万元。", 1, 10)]
    public void A_portfolio_that_matches_the_tables_is_no_finding(string sentence, int count, decimal amount)
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report(sentence));
        var statement = Assert.Single(d.Evaluations.Portfolio);
        Assert.Equal((count, amount), (statement.ProjectCount, statement.Amount?.Value));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA4012");
    }

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位开展了三个项目的绩效自评，涉及资金100000.00元。", "称项目 3 个，文件中有 1 张项目评价表")]
    [InlineData("根据预算绩效管理要求，我单位完成了十二个项目的自评，涉及资金10万元。", "称项目 12 个，文件中有 1 张项目评价表")]
    [InlineData("根据预算绩效管理要求，我单位共有1个项目，涉及资金120000元。", "各项目全年预算数合计 10")]
    public void A_portfolio_that_differs_from_the_tables_is_found(string sentence, string expected)
    {
        var (_, findings) = SelfEvaluationKit.FromText(Report(sentence));
        Assert.Contains(findings, f => f.RuleId == "FA4012" && f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位对1个项目开展了绩效自评。", 1, null)]
    [InlineData("2024年，我单位组织对一个项目开展绩效评价，涉及资金10.00万元。", 1, 10.00)]
    [InlineData("按照区财政局要求，本单位对1个项目进行了自评，自评结果已随本报告公开。", 1, null)]
    public void A_count_of_evaluated_projects_that_matches_the_forms_is_no_finding(string sentence, int count, double? amount)
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report(sentence));
        var statement = Assert.Single(d.Evaluations.Portfolio);
        Assert.Equal((count, (decimal?)amount), (statement.ProjectCount, statement.Amount?.Value));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA4012");
    }

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位对3个项目开展了绩效自评。", "称项目 3 个，文件中有 1 张项目评价表")]
    [InlineData("2024年，我单位组织对两个项目开展绩效评价，涉及资金10.00万元。", "称项目 2 个，文件中有 1 张项目评价表")]
    [InlineData("2024年，我单位组织对1个项目开展绩效评价，涉及资金12.00万元。", "各项目全年预算数合计 10")]
    [InlineData("按照区财政局要求，本单位对五个项目进行了绩效自评。", "称项目 5 个，文件中有 1 张项目评价表")]
    public void A_count_of_evaluated_projects_that_differs_from_the_forms_is_one_finding(string sentence, string expected)
    {
        var (_, findings) = SelfEvaluationKit.FromText(Report(sentence));
        var f = Assert.Single(findings, f => f.RuleId == "FA4012");
        Assert.Contains(expected, f.Message, StringComparison.Ordinal);
    }

    /// <summary>The funds stated as what was spent (执行/实际支出/全年执行数): compared with the forms' 全年执行数 (5), not 全年预算数 (10).</summary>
    public static TheoryData<string> ExecutedFunds => new()
    {
        "根据预算绩效管理要求，我单位对1个项目开展了绩效自评（涉及资金执行数5万元）。",
        "根据预算绩效管理要求，我单位共涉及项目1个，全年执行数合计5.00万元。",
        "2024年，我单位对一个项目开展了绩效自评，实际支出50000.00元，自评结果已随本报告公开。",
        "根据预算绩效管理要求，我单位开展了1个项目的绩效自评，涉及资金5.00万元（全年执行数）。",
    };

    [Theory]
    [MemberData(nameof(ExecutedFunds))]
    public void Funds_stated_as_spent_that_match_the_forms_execution_are_no_finding(string sentence)
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report(sentence));
        var statement = Assert.Single(d.Evaluations.Portfolio);
        Assert.Equal((1, 5m, true), (statement.ProjectCount, statement.Amount?.Value, statement.AmountIsExecuted));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA4012");
    }

    [Theory]
    [MemberData(nameof(ExecutedFunds))]
    public void Funds_stated_as_spent_that_differ_from_the_forms_execution_are_one_finding(string sentence)
    {
        var wrong = sentence.Replace("5万元", "8万元", StringComparison.Ordinal).Replace("5.00万元", "8.00万元", StringComparison.Ordinal).Replace("50000.00元", "80000.00元", StringComparison.Ordinal);
        var (_, findings) = SelfEvaluationKit.FromText(Report(wrong));
        var f = Assert.Single(findings, f => f.RuleId == "FA4012");
        Assert.Contains("称资金 8", f.Message, StringComparison.Ordinal);
        Assert.Contains("各项目全年执行数合计 5", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位对1个项目开展了绩效自评（涉及资金10.00万元）。", null)]
    [InlineData("根据预算绩效管理要求，我单位对1个项目开展了绩效自评（涉及资金12.00万元）。", "各项目全年预算数合计 10")]
    [InlineData("2024年，我单位对1个项目开展了绩效自评，涉及金额合计12万元。", "各项目全年预算数合计 10")]
    public void Funds_in_brackets_after_the_count_are_the_budgets(string sentence, string? expected)
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report(sentence));
        Assert.False(Assert.Single(d.Evaluations.Portfolio).AmountIsExecuted);
        Assert.Equal(expected is null ? [] : new[] { true }, findings.Where(f => f.RuleId == "FA4012").Select(f => f.Message.Contains(expected!, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("根据预算绩效管理要求，我单位对1个项目开展了绩效自评，其中财政拨款8万元。", 1)]
    [InlineData("根据预算绩效管理要求，我单位共有1个项目，其中财政拨款8万元。", 0)]
    [InlineData("根据预算绩效管理要求，我单位对1个项目开展了绩效自评，涉及资金年初预算8万元。", 1)]
    public void Funds_of_another_kind_are_not_compared(string sentence, int statements)
    {
        var (d, findings) = SelfEvaluationKit.FromText(Report(sentence));
        Assert.Equal(statements, d.Evaluations.Portfolio.Count);
        Assert.All(d.Evaluations.Portfolio, s => Assert.Null(s.Amount));
        Assert.DoesNotContain(findings, f => f.RuleId == "FA4012");
    }
}
