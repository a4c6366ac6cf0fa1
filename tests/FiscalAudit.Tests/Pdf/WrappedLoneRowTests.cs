using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table's last row alone at the top of the next page with its labels wrapped (“人员经费合” / “计”): set at
/// the foot of the row (label lines over the figures' line) or centred down it (figures between the label lines), it is
/// read as the table's last row, also under another row alone there; a header repeated over a row is not.
/// </summary>
public class WrappedLoneRowTests
{
    [Theory]
    [InlineData("foot")]
    [InlineData("centred")]
    [InlineData("three lines")]
    public void A_wrapped_last_row_at_the_top_of_the_next_page_ends_the_table(string setting)
    {
        PdfLine[] next = setting switch
        {
            "foot" => [Line(760, ("人员经费合", 50), ("公用经费合", 280)), Line(746, ("计", 50), ("117.74", 230), ("计", 280), ("74.84", 460))],
            "centred" => [Line(760, ("人员经费合", 50), ("公用经费合", 280)), Line(746, ("117.74", 230), ("74.84", 460)), Line(732, ("计", 50), ("计", 280))],
            _ => [Line(760, ("人员经", 50), ("公用经", 280)), Line(746, ("费合", 50), ("117.74", 230), ("费合", 280), ("74.84", 460)), Line(732, ("计", 50), ("计", 280))],
        };
        var table = Assert.Single(Read(next).OfType<TableBlock>());
        var last = table.Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text));
        Assert.Equal([(0, "人员经费合计"), (2, "117.74"), (3, "公用经费合计"), (5, "74.84")], last);
        Assert.Equal(6, table.Rows.Count);
    }

    [Theory]
    [InlineData("foot")]
    [InlineData("centred")]
    [InlineData("both wrapped at the foot")]
    public void The_last_two_rows_alone_at_the_top_of_the_next_page_end_the_table(string setting)
    {
        PdfLine[] next = setting switch
        {
            "foot" => [Line(760, ("30240", 280), ("税金及附加费用", 350), ("0.00", 465)),
                Line(746, ("人员经费合", 50), ("公用经费合", 280)), Line(732, ("计", 50), ("117.74", 230), ("计", 280), ("74.84", 460))],
            "centred" => [Line(767, ("税金及附加", 350)), Line(760, ("30240", 280), ("0.00", 465)), Line(753, ("费用", 350)),
                Line(737, ("人员经费合", 50), ("公用经费合", 280)), Line(730, ("117.74", 230), ("74.84", 460)), Line(723, ("计", 50), ("计", 280))],
            _ => [Line(760, ("税金及附加", 350)), Line(746, ("30240", 280), ("费用", 350), ("0.00", 465)),
                Line(732, ("人员经费合", 50), ("公用经费合", 280)), Line(718, ("计", 50), ("117.74", 230), ("计", 280), ("74.84", 460))],
        };
        var table = Assert.Single(Read(next).OfType<TableBlock>());
        Assert.Equal(7, table.Rows.Count);
        Assert.Equal([(3, "30240"), (4, "税金及附加费用"), (5, "0.00")], table.Rows[^2].Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text)));
        Assert.Equal([(0, "人员经费合计"), (2, "117.74"), (3, "公用经费合计"), (5, "74.84")], table.Rows[^1].Cells.Where(c => c.Text.Length > 0).Select(c => (c.Column, c.Text)));
    }

    [Fact]
    public void A_header_repeated_over_the_next_page_is_no_wrapped_row()
    {
        var next = new[]
        {
            Line(760, ("科目编码", 50), ("科目名称", 120), ("决算数", 225), ("科目编码", 280), ("科目名称", 350), ("决算数", 455)),
            Line(746, ("30103", 50), ("奖金", 120), ("11.30", 230), ("30203", 280), ("咨询费", 350), ("0.00", 465)),
        };
        var rows = Read(next).OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => r.Cells.FirstOrDefault(c => c.Text.Length > 0)?.Text).ToList();
        Assert.DoesNotContain(rows, r => r is not null && r.StartsWith("科目编码决算数", StringComparison.Ordinal));
        Assert.Equal("30103", rows[^1]);
    }

    /// <summary>The blocks of a page holding a borderless table of six columns (two panels of 科目编码, 科目名称, 决算数) and the page after it.</summary>
    private static IReadOnlyList<Block> Read(PdfLine[] next) => PlacedLine.Read(
        [
            Line(760, ("科目编码", 50), ("科目名称", 120), ("决算数", 225), ("科目编码", 280), ("科目名称", 350), ("决算数", 455)),
            Line(746, ("301", 50), ("工资福利支出", 120), ("116.08", 230), ("302", 280), ("商品和服务支出", 350), ("72.42", 460)),
            Line(732, ("30101", 50), ("基本工资", 120), ("44.63", 235), ("30201", 280), ("办公费", 350), ("7.82", 465)),
            Line(718, ("30102", 50), ("津贴补贴", 120), ("20.19", 235), ("30202", 280), ("印刷费", 350), ("1.97", 465)),
            Line(704, ("30199", 50), ("其他工资福利支出", 120), ("24.71", 235), ("30299", 280), ("其他商品和服务支出", 350), ("0.00", 465)),
        ],
        next);

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
