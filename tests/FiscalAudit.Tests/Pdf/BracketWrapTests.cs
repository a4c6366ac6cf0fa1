using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A name wrapped in a narrow column of a borderless table where the break falls before a bracket (issue 12, class 10): a line may
/// not end with “（”, and “）” may not start one, so “（境）” goes down whole and the first line stops short of the column's width by
/// more than a character (“因公出国” + “（境）费用”). The line still goes on into the next: the name stays whole in its row, centred
/// down it over and under its figures, and the next row keeps its own name.
/// </summary>
public class BracketWrapTests
{
    [Theory]
    [InlineData("因公出国", "（境）费用", "因公出国（境）费用")]
    [InlineData("办公设备", "（电脑）购置", "办公设备（电脑）购置")]
    [InlineData("退职", "（役）费", "退职（役）费")]
    public void A_line_broken_before_a_bracket_goes_on_into_the_next(string first, string second, string whole)
    {
        PdfLine[] lines =
        [
            PlacedLine.At(760, ("科目编码", 50), ("科目名称", 110), ("决算数", 190)),
            PlacedLine.At(740, ("30211", 50), ("差旅费", 110), ("2.40", 200)),
            PlacedLine.At(726, (first, 110)),
            PlacedLine.At(719, ("30212", 50), ("0.00", 200)),
            PlacedLine.At(712, (second, 110)),
            PlacedLine.At(698, ("30213", 50), ("维修（护）费", 110), ("0.15", 200)),
            PlacedLine.At(684, ("30214", 50), ("租赁费", 110), ("0.00", 200)),
            PlacedLine.At(670, ("30215", 50), ("会议费", 110), ("0.00", 200)),
        ];

        var table = Assert.Single(PlacedLine.Read(lines).OfType<TableBlock>());
        var rows = table.Rows.Select(r => string.Join(" ", r.Cells.Where(c => c.Text.Length > 0).Select(c => $"{c.Column}:{c.Text}"))).ToList();
        Assert.Equal(
            [
                "0:科目编码 1:科目名称 2:决算数",
                "0:30211 1:差旅费 2:2.40",
                $"0:30212 1:{whole} 2:0.00",
                "0:30213 1:维修（护）费 2:0.15",
                "0:30214 1:租赁费 2:0.00",
                "0:30215 1:会议费 2:0.00",
            ], rows);
    }
}
