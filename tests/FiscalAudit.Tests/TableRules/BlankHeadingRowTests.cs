using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// 表五 of a layout that prints a none as a blank cell (blanksAreZero): a 类 or 合计 that prints only its total while the rows it heads
/// print the parts leaves its parts unstated, not zero (天津, 吉林); a 项 that prints only its total, and a heading that prints its
/// parts, still read their blanks as 0, so a part dropped from them is found (at the row above, and in the row that prints its parts).
/// </summary>
public class BlankHeadingRowTests
{
    private static TableRow Line(string? code, string name, string total, string basic, string project = "") =>
        Row(code, name, (C.Total, total), (C.Basic, basic), (C.Project, project));

    private static FiscalTable T5(params TableRow[] rows)
    {
        var table = new FiscalTable("T5", "一般公共预算财政拨款支出决算表", new SourceLocation("test.txt", Line: 1)) { BlanksAreZero = true };
        table.Rows.AddRange(rows);
        table.Columns.AddRange([C.Total, C.Basic, C.Project]);
        return table;
    }

    private static List<string> Found(FiscalTable table) =>
        new[] { "FA1005", "FA1006" }.SelectMany(id => Run(Rule(id), table)).Select(f => $"{f.RuleId} {f.Location.Row} {f.Location.Column}").ToList();

    [Fact]
    public void A_class_and_a_total_printing_only_their_total_over_their_items_give_no_finding()
    {
        Assert.Empty(Found(T5(
            Line(null, "合计", "192.58", ""),
            Line("201", "一般公共服务支出", "176.99", ""),
            Line("20103", "政府办公厅（室）及相关机构事务", "176.99", "176.99"),
            Line("2010306", "政务公开审批", "176.99", "176.99"),
            Line("208", "社会保障和就业支出", "10.65", ""),
            Line("20805", "行政事业单位养老支出", "10.65", "10.65"),
            Line("2080505", "机关事业单位基本养老保险缴费支出", "10.65", "10.65"),
            Line("21011", "行政事业单位医疗", "4.94", "", "4.94"),
            Line("2101101", "行政单位医疗", "4.94", "", "4.94"))));
    }

    [Fact]
    public void An_item_printing_only_its_total_reads_its_blanks_as_zero()
    {
        var found = Found(T5(
            Line("201", "一般公共服务支出", "176.99", "176.99"),
            Line("20103", "政府办公厅（室）及相关机构事务", "176.99", "176.99"),
            Line("2010306", "政务公开审批", "100.00", ""),
            Line("2010399", "其他政府办公厅（室）及相关机构事务支出", "76.99", "76.99")));

        Assert.Equal(["FA1006 20103 政府办公厅（室）及相关机构事务 基本支出"], found);
    }

    [Fact]
    public void A_class_printing_its_parts_reads_its_blanks_as_zero()
    {
        var found = Found(T5(
            Line("201", "一般公共服务支出", "176.99", "170.00"),
            Line("20103", "政府办公厅（室）及相关机构事务", "176.99", "170.00", "6.99")));

        Assert.Equal(["FA1005 201 一般公共服务支出 合计", "FA1006 201 一般公共服务支出 项目支出"], found);
    }
}
