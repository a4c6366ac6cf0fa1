using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Rules.CrossTable;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// FA2008 (表五 ≤ 表三) where 表三 prints a none as a blank cell (blanksAreZero): a blank 基本支出 in a row that prints its
/// 合计 and 项目支出 is 0, so a 表五 基本支出 above it is found; a 类 heading printing only its total keeps its blanks unknown.
/// </summary>
public class BlankWholeCellTests
{
    private static FiscalTable Blanking(string id, params TableRow[] rows)
    {
        var table = new FiscalTable(id, "测试表", new SourceLocation("test.txt", Line: 1)) { BlanksAreZero = true };
        table.Rows.AddRange(rows);
        table.Columns.AddRange(rows.SelectMany(r => r.Cells.Keys).Distinct());
        return table;
    }

    private static FiscalTable T3() => Blanking("T3",
        Row("208", "社会保障和就业支出", (C.ExpenditureTotal, "10.65"), (C.Basic, ""), (C.Project, "")),
        Row("20805", "行政事业单位养老支出", (C.ExpenditureTotal, "10.65"), (C.Basic, ""), (C.Project, "10.65")));

    private static FiscalTable T5(string basic, string project) => Blanking("T5",
        Row("208", "社会保障和就业支出", (C.Total, "10.65"), (C.Basic, basic), (C.Project, project)),
        Row("20805", "行政事业单位养老支出", (C.Total, "10.65"), (C.Basic, basic), (C.Project, project)));

    [Fact]
    public void A_part_matching_the_printed_cells_gives_no_finding()
    {
        Assert.Empty(Run(new PartNotAboveWholeRule(), T5("", "10.65"), T3()));
    }

    [Fact]
    public void A_part_above_a_blank_cell_of_a_row_with_figures_is_found_once_there()
    {
        var finding = Assert.Single(Run(new PartNotAboveWholeRule(), T5("10.65", ""), T3()));
        Assert.Equal(("20805", C.Basic), (finding.Location.Row!.Split(' ')[0], finding.Location.Column));
        Assert.Contains("空白", finding.Message);
        Assert.Contains("超出 10.65", finding.Message);
    }
}
