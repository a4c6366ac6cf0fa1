using System.Text;
using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Extract;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Tests.PreviousYears;

/// <summary>Composes one department's 部门决算 of a year in the seeds' style: title lines, an optional 公开01表, the 情况说明.</summary>
internal static class YearPairText
{
    public const string Department = "沁阳市政务服务和大数据管理局";

    public static string Compose(int year, string explanation, string? table = null, string department = Department) =>
        $"""
        {year}年度
        {department}
        部门决算

        # 第二部分 {year}年度部门决算表

        {table ?? string.Empty}

        # 第三部分 {year}年度部门决算情况说明

        {explanation}
        """;

    /// <summary>公开01表 with its 总计 rows only (the rows that “收、支总计” statements restate).</summary>
    public static string TotalsTable(int year, string total) =>
        $"""
        ## 收入支出决算总表

        公开01表

        部门：{Department}

        {year}年度

        金额单位：万元

        收 入			支 出		
        项 目	行次	金 额	项 目	行次	金 额
        栏 次		1	栏 次		2
        一、一般公共预算财政拨款收入	1	{total}	一、一般公共服务支出	9	{total}
        本年收入合计	9	{total}	本年支出合计	17	{total}
        总 计	12	{total}	总 计	20	{total}
        """;

    /// <summary>
    /// The findings of <paramref name="rule"/> on the 2024 document checked against the 2023 one (asserting the
    /// rule says nothing on the 2024 document alone).
    /// </summary>
    public static List<Finding> PairedFindings(string rule, string current, string previous, string? currentTable = null, string? previousTable = null)
    {
        var auditor = new Auditor();
        var earlier = auditor.Audit("2023年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2023, previous, previousTable)));
        var later = auditor.Audit("2024年度部门决算.txt", Encoding.UTF8.GetBytes(Compose(2024, current, currentTable)));
        Assert.DoesNotContain(later.Findings, f => f.RuleId == rule);
        return auditor.CheckWith(later, earlier.Disclosure!, sameUnit: false).Findings.Where(f => f.RuleId == rule).ToList();
    }

    public static Disclosure Read(string file, string text) =>
        DisclosureExtractor.Default.Extract(new PlainTextReader().Read(file, Encoding.UTF8.GetBytes(text)));
}
