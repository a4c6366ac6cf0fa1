namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The words of department-tasks.json decide what a department's task list yields: each task's rate, budget and amount spent
/// under the columns the listed header words name, up to the listed total label.
/// </summary>
public class DepartmentTaskWordTests
{
    /// <summary>A department's task list: 档案数字化加工 90% of 30 (27 spent), 档案库房运行费 100% of 12, under the given header words.</summary>
    internal static string Report(string rate, string budget, string executed, string total) =>
        "某县档案馆2023年度部门决算\n\n某县档案馆2023年度整体支出绩效自评表\n\n(2023年度)\n\n"
        + "项目名称\t\t某县档案馆整体支出绩效自评情况\t\t\t\n"
        + $"任务名称\t{rate}\t{budget}\t\t{executed}\t\n"
        + "\t\t总计\t其中：财政拨款\t总计\t其中：财政拨款\n"
        + "1. 档案数字化加工\t90%\t30\t30\t27\t27\n"
        + "2. 档案库房运行费\t100%\t12\t12\t12\t12\n"
        + $"{total}\t\t42\t42\t39\t39\n"
        + "年度总体目标完成情况\t预期目标\t\t\t目标实际完成情况\t\n";

    private static string Tasks(string rate, string budget, string executed, string total)
    {
        var (d, _) = SelfEvaluationKit.FromText(Report(rate, budget, executed, total));
        var e = Assert.Single(d.Evaluations.Departments);
        return string.Join(" ", e.Tasks.Select(t => $"{t.PrintedRate?.Text}/{t.Budget?.Text}/{t.Executed?.Text}")) + $" | {e.TaskTotal?.Budget?.Text}/{e.TaskTotal?.Executed?.Text}";
    }

    [Theory]
    [InlineData("完成情况", "预算数", "执行数", "金额合计")]
    [InlineData("完成率", "全年预算数", "全年执行数", "金额合计")]
    public void Tasks_are_read_under_the_listed_columns_up_to_the_listed_total(string rate, string budget, string executed, string total) =>
        Assert.Equal("90%/30/27 100%/12/12 | 42/39", Tasks(rate, budget, executed, total));

    /// <summary>“进度”, “年度预算” and “实际支出额” name no listed column.</summary>
    [Fact]
    public void Columns_that_are_not_listed_are_not_read() =>
        Assert.Equal("// // | /", Tasks("进度", "年度预算", "实际支出额", "金额合计"));
}
