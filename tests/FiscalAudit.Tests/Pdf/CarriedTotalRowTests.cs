using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table whose page holds only its header, its 栏次 row and its 合计 row (amounts set flush right, as a WPS-like print
/// sets them), its body on the next page: the part at the page foot has no names, so no column for them, and its header words over
/// the names (“目”, “科目名称”) stand in the gap beside the first column of amounts. The header and 合计 rows are carried onto the
/// body's columns, those words into the names column; so are the words of a header-only part that stand over a body column none of
/// the part's columns stands in (two headers printed so close together that they were read as one cell).
/// </summary>
public class CarriedTotalRowTests
{
    [Theory]
    [InlineData("wrapped header, 栏次 set left")]
    [InlineData("one header line, 栏次 centred")]
    [InlineData("header only, two headers printed close together")]
    public void A_header_and_total_row_at_a_page_foot_take_the_columns_of_the_body_on_the_next_page(string header)
    {
        PdfLine[] foot = header switch
        {
            "wrapped header, 栏次 set left" =>
            [
                Line(130, ("项", 58), ("目", 140), ("本年支出合计", 289), ("基本支出", 350), ("项目支出", 392)),
                Line(101, ("功能分类", 58), ("科目编码", 97), ("科目名称", 140)),
                Line(72, ("栏次", 58), ("1", 289), ("2", 350), ("3", 392)),
                Line(43, ("合计", 58), ("192.58", 316), ("192.58", 359), ("0.00", 410)),
            ],
            "one header line, 栏次 centred" =>
            [
                Line(101, ("科目编码", 58), ("科目名称", 140), ("本年支出合计", 289), ("基本支出", 350), ("项目支出", 392)),
                Line(72, ("栏次", 58), ("1", 314), ("2", 366), ("3", 408)),
                Line(43, ("合计", 58), ("192.58", 316), ("192.58", 359), ("0.00", 410)),
            ],
            _ =>
            [
                Line(72, ("项", 58), ("目", 140), ("本年支出合计", 289), ("基本支出", 348), ("项目支出", 387)),
                Line(43, ("功能分类科目编码", 58), ("科目名称", 140)),
            ],
        };
        var body = new[]
        {
            Line(760, ("201", 58), ("一般公共服务支出", 140), ("176.99", 316), ("176.99", 359), ("0.00", 410)),
            Line(731, ("20103", 58), ("政府办公厅（室）及相关机构事务", 140), ("176.99", 316), ("176.99", 359), ("0.00", 410)),
            Line(702, ("2010306", 58), ("政务公开审批", 140), ("176.99", 316), ("176.99", 359), ("0.00", 410)),
            Line(673, ("208", 58), ("社会保障和就业支出", 140), ("15.59", 320.5), ("10.65", 363.5), ("4.94", 410)),
        };

        var table = Assert.Single(PlacedLine.Read(foot, body).OfType<TableBlock>());

        var rows = table.Rows.Select(r => string.Join(" ", r.Cells.Where(c => c.Text.Length > 0).Select(c => $"{c.Column}:{c.Text}"))).ToList();
        var headerRows = header == "one header line, 栏次 centred"
            ? ["0:科目编码 1:科目名称 2:本年支出合计 3:基本支出 4:项目支出"]
            : new[] { "0:项 1:目 2:本年支出合计 3:基本支出 4:项目支出", "0:功能分类科目编码 1:科目名称" };
        Assert.Equal(headerRows, rows.Take(headerRows.Length));
        string[] under = foot.Length > headerRows.Length ? ["0:栏次 2:1 3:2 4:3", "0:合计 2:192.58 3:192.58 4:0.00"] : [];
        Assert.Equal([.. under, "0:201 1:一般公共服务支出 2:176.99 3:176.99 4:0.00"], rows.Skip(headerRows.Length).Take(under.Length + 1));
        Assert.Equal("0:208 1:社会保障和就业支出 2:15.59 3:10.65 4:4.94", rows[^1]);
        Assert.Equal(foot.Length + body.Length, rows.Count);
    }

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.Sized(9, baseline, words);
}
