using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.Reading;

namespace FiscalAudit.Tests.Kinds;

/// <summary>What decides a document's kind, on small texts written for each signal.</summary>
public class DocumentClassifierTests
{
    private const string BudgetTable = """
        公开01表：收支预算总表
        部门：某区某局 单位：万元
        收入项目	金额	支出项目	金额
        一、一般公共预算拨款收入	100.00	一、一般公共服务支出	100.00
        收入总计	100.00	支出总计	100.00
        公开04表：财政拨款收支预算总表
        收入项目	金额	支出项目	金额
        一、一般公共预算资金	100.00	一、一般公共服务支出	90.00
        收入总计	100.00	支出总计	90.00
        """;

    [Fact]
    public void A_budget_title_with_budget_tables_is_a_budget_whose_tables_are_not_read_as_final_accounts()
    {
        var result = KindTestKit.Audit("budget.txt", "某区某局2025年部门预算\n\n" + BudgetTable);
        var d = result.Disclosure!;
        Assert.Equal(DocumentKind.Budget, d.Kind);
        Assert.Equal("标题“某区某局2025年部门预算”、表名“收支预算总表”等2处", d.KindReason);
        Assert.Equal(1, d.KindLocation!.Line);
        Assert.DoesNotContain(d.Tables, t => t.Id.StartsWith('T'));
        var note = Assert.Single(result.Findings, f => f.RuleId == BudgetScopeRule.Rule.Id);
        Assert.Equal((Severity.Info, 1), (note.Severity, note.Location.Line));
    }

    [Fact]
    public void Budget_table_titles_alone_make_a_budget_although_their_public_markers_are_those_of_final_accounts()
    {
        var d = KindTestKit.Audit("tables.txt", BudgetTable).Disclosure!;
        Assert.Equal(DocumentKind.Budget, d.Kind);
        Assert.StartsWith("表名“收支预算总表”等2处", d.KindReason);
    }

    [Theory]
    [InlineData("一般公共预算财政拨款支出决算表", DocumentKind.FinalAccounts)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", DocumentKind.FinalAccounts)]
    [InlineData("一般公共预算支出功能分类预算表", DocumentKind.Budget)]
    [InlineData("2025年部门“三公”经费和机关运行经费预算表", DocumentKind.Budget)]
    [InlineData("一般公共预算财政拨款基本支出决算明细表", DocumentKind.FinalAccounts)]
    public void A_table_title_belongs_to_the_kind_of_its_last_table_name_ending(string title, DocumentKind kind)
    {
        var d = KindTestKit.Audit("t.txt", $"{title}\n项目\t金额\n合计\t1.00\n").Disclosure!;
        Assert.Equal(kind, d.Kind);
        Assert.Equal($"表名“{title}”", d.KindReason);
    }

    [Fact]
    public void A_public_table_marker_alone_is_final_accounts_and_its_table_is_read()
    {
        var d = KindTestKit.Audit("t1.txt", "公开01表\n项目\t金额\n本年收入合计\t1.00\n").Disclosure!;
        Assert.Equal(DocumentKind.FinalAccounts, d.Kind);
        Assert.Equal("表号“公开01表”", d.KindReason);
        Assert.Equal("T1", Assert.Single(d.Tables).Id);
    }

    [Fact]
    public void As_many_budget_as_final_accounts_tables_decide_nothing()
    {
        var d = KindTestKit.Audit("mixed.txt", "收支预算总表\n\n收入支出决算总表\n").Disclosure!;
        Assert.Equal(DocumentKind.Unknown, d.Kind);
        Assert.Contains("部门预算仅见表名“收支预算总表”", d.KindReason);
        Assert.Contains("部门决算仅见表名“收入支出决算总表”", d.KindReason);
    }

    [Fact]
    public void Section_headings_decide_when_there_is_no_title_or_table()
    {
        var d = KindTestKit.Audit("narrative.txt", "第一部分 部门概况\n一、主要职能\n负责全区财政工作。\n第三部分 2024年度部门决算情况说明\n一、收入支出决算总体情况说明\n").Disclosure!;
        Assert.Equal(DocumentKind.FinalAccounts, d.Kind);
        Assert.Equal("章节标题“第三部分2024年度部门决算情况说明”", d.KindReason);
        Assert.Equal(4, d.KindLocation!.Line);
    }

    [Fact]
    public void The_first_title_line_decides_when_the_body_agrees()
    {
        var d = KindTestKit.Audit("report.txt", "某区财政局2020年度部门整体支出绩效评价报告\n一、部门概况\n本次部门整体支出绩效自评得分95分。\n").Disclosure!;
        Assert.Equal(DocumentKind.DepartmentEvaluation, d.Kind);
        Assert.Equal("标题“某区财政局2020年度部门整体支出绩效评价报告”、用语“整体支出绩效”", d.KindReason);
    }

    [Fact]
    public void Self_evaluation_words_make_a_self_evaluation()
    {
        var d = KindTestKit.Audit("project.txt", "一、项目基本情况\n本项目资金年初预算数10万元。\n本项目绩效自评得分95.00分，等级为优。\n").Disclosure!;
        Assert.Equal(DocumentKind.SelfEvaluation, d.Kind);
        Assert.Equal("用语“自评得分”", d.KindReason);
    }

    [Fact]
    public void Pre_and_final_accounts_together_name_no_kind()
    {
        var d = KindTestKit.Audit("x.txt", "预决算公开专栏\n收入支出决算总表\n").Disclosure!;
        Assert.Equal("表名“收入支出决算总表”", d.KindReason);
    }
}
