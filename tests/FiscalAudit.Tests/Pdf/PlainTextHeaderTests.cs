using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A table typed as plain text in a fixed font and printed (issue 12, class 10): every line is one line height below the one
/// before, and a header cell too wide for its column goes on, on the line under the header's line, in its own column only
/// (“国有资本经营预算财政拨” + “款”). That line is the rest of the header row, not a row of its own, so the column keeps its
/// whole name.
/// </summary>
public class PlainTextHeaderTests
{
    [Theory]
    [InlineData("国有资本经营预算财政拨", "款", "国有资本经营预算财政拨款")]
    [InlineData("国有资本经营预算财政", "拨款", "国有资本经营预算财政拨款")]
    public void A_header_cell_wrapped_under_the_header_line_stays_in_the_header_row(string first, string rest, string whole)
    {
        // 7.5 pt characters, a line every 9 points: the header's line, the rest of its wrapped cells, 栏次, then the rows.
        PdfLine[] lines =
        [
            PlacedLine.Sized(7.5, 760, ("项目", 50), ("合计", 170), ("一般公共预算财政拨款", 230), ("政府性基金预算财政拨款", 330), (first, 430)),
            PlacedLine.Sized(7.5, 751, (rest, 430)),
            PlacedLine.Sized(7.5, 742, ("栏次", 50), ("1", 200), ("2", 300), ("3", 400), ("4", 485)),
            PlacedLine.Sized(7.5, 733, ("一、一般公共服务支出", 50), ("176.99", 190), ("176.99", 290), ("0.00", 395), ("0.00", 480)),
            PlacedLine.Sized(7.5, 724, ("二、外交支出", 50), ("0.00", 195), ("0.00", 295), ("0.00", 395), ("0.00", 480)),
            PlacedLine.Sized(7.5, 715, ("八、社会保障和就业支出", 50), ("10.65", 192), ("10.65", 292), ("0.00", 395), ("0.00", 480)),
        ];

        var table = Assert.Single(PlacedLine.Read(lines).OfType<TableBlock>());
        var rows = table.Rows.Select(r => string.Join(" ", r.Cells.Where(c => c.Text.Length > 0).Select(c => $"{c.Column}:{c.Text}"))).ToList();
        Assert.Equal($"0:项目 1:合计 2:一般公共预算财政拨款 3:政府性基金预算财政拨款 4:{whole}", rows[0]);
        Assert.Equal(
            [
                "0:栏次 1:1 2:2 3:3 4:4",
                "0:一、一般公共服务支出 1:176.99 2:176.99 3:0.00 4:0.00",
                "0:二、外交支出 1:0.00 2:0.00 3:0.00 4:0.00",
                "0:八、社会保障和就业支出 1:10.65 2:10.65 3:0.00 4:0.00",
            ], rows.Skip(1));
    }
}
