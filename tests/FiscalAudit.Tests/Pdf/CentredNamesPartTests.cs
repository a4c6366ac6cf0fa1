using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table going on at the top of a page with a few rows only, every name of which wraps round its row's
/// figures (a workbook printed with cells centred down their rows): no name stands on a line of figures, and yet the
/// names have columns of their own and each name's lines stay in its row (issue 12, class 10: 表六 in the centred
/// landscape print).
/// </summary>
public class CentredNamesPartTests
{
    [Fact]
    public void Names_wrapped_round_every_row_of_a_continued_part_keep_their_columns_and_rows()
    {
        var blocks = PlacedLine.Read(
            [
                Line(760, ("科目编码", 50), ("科目名称", 120), ("决算数", 200), ("科目编码", 250), ("科目名称", 310), ("决算数", 395)),
                Line(746, ("301", 50), ("工资福利支出", 120), ("116.08", 200), ("302", 250), ("商品服务支出", 310), ("72.42", 385)),
                Line(732, ("30101", 50), ("基本工资", 120), ("44.63", 205), ("30201", 250), ("办公费", 310), ("7.82", 390)),
                Line(718, ("30102", 50), ("津贴补贴", 120), ("20.19", 205), ("30202", 250), ("印刷费", 310), ("1.97", 390)),
            ],
            [
                Line(767, ("个人农业生产", 120), ("公务用车运行", 310)),
                Line(760, ("30310", 50), ("0.00", 210), ("30231", 250), ("0.00", 390)),
                Line(753, ("补贴", 120), ("维护费", 310)),
                Line(737, ("代缴社会保险", 120), ("其他交通费用", 310)),
                Line(730, ("30311", 50), ("0.00", 210), ("30239", 250), ("7.86", 390)),
                Line(723, ("费", 120), ("支出", 310)),
                Line(707, ("其他对个人和", 120), ("税金及附加费", 310)),
                Line(700, ("30399", 50), ("0.00", 210), ("30240", 250), ("0.00", 390)),
                Line(693, ("家庭的补助", 120), ("用", 310)),
                Line(677, ("其他社会保障", 120), ("其他商品和服", 310)),
                Line(670, ("30112", 50), ("0.13", 210), ("30299", 250), ("0.00", 390)),
                Line(663, ("缴费", 120), ("务支出", 310)),
            ]);
        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(
            [
                "30310|个人农业生产补贴|0.00|30231|公务用车运行维护费|0.00",
                "30311|代缴社会保险费|0.00|30239|其他交通费用支出|7.86",
                "30399|其他对个人和家庭的补助|0.00|30240|税金及附加费用|0.00",
                "30112|其他社会保障缴费|0.13|30299|其他商品和服务支出|0.00",
            ],
            table.Rows.Skip(4).Select(r => string.Join("|", r.Cells.Where(c => c.Text.Length > 0).Select(c => c.Text))));
    }

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
