using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table printed by a browser (issue 12, class 10): no cell padding, so header rows stand exactly a line apart,
/// and with columns as wide as their widest text each header cell fills its column as a wrapped cell's line would. Header
/// lines whose cells are neither set at the foot of one row nor centred down it (“合计” under “预算数”, “小计” under
/// “公务用车费”, each beside cells that begin on that line) are rows of their own; a header cell wrapped over three lines
/// with the other cells centred beside it stays one row.
/// </summary>
public class HeaderRowsALineApartTests
{
    [Theory]
    [InlineData("three header lines")]
    [InlineData("three header lines, 11pt")]
    [InlineData("two header lines")]
    public void Header_lines_a_line_apart_are_rows_of_their_own(string print)
    {
        var size = print.EndsWith("11pt", StringComparison.Ordinal) ? 11 : 10;
        var pitch = 1.2 * size;
        var x = Lefts(size, [3, 5, 3, 3, 3, 5, 3, 3]);
        var lines = new List<PdfLine>
        {
            Line(size, 700, ("预算数", x[0]), ("决算数", x[4])),
            Line(size, 700 - pitch, ("合计", x[0]), ("公务用车费", x[1]), ("接待费", x[3]), ("合计", x[4]), ("公务用车费", x[5]), ("接待费", x[7])),
        };
        var three = print.StartsWith("three", StringComparison.Ordinal);
        if (three) lines.Add(Line(size, 700 - 2 * pitch, ("小计", x[1]), ("购置费", x[2]), ("小计", x[5]), ("购置费", x[6])));
        var body = 700 - lines.Count * pitch;
        lines.Add(Line(size, body, x.Select((l, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), l)).ToArray()));
        lines.Add(Line(size, body - pitch, x.Select((l, i) => (i == 0 ? "0.30" : "0.00", l)).ToArray()));

        var table = Assert.Single(PlacedLine.Read([.. lines]).OfType<TableBlock>());
        var rows = table.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        List<string> header = three
            ? ["预算数||||决算数|||", "合计|公务用车费||接待费|合计|公务用车费||接待费", "|小计|购置费|||小计|购置费|"]
            : ["预算数||||决算数|||", "合计|公务用车费||接待费|合计|公务用车费||接待费"];
        Assert.Equal([.. header, "1|2|3|4|5|6|7|8", "0.30|0.00|0.00|0.00|0.00|0.00|0.00|0.00"], rows);
    }

    [Fact]
    public void A_header_cell_wrapped_over_three_lines_with_the_others_centred_beside_it_stays_one_row()
    {
        const double size = 10, pitch = 12;
        var x = Lefts(size, [2, 4, 3, 4, 2, 4, 3, 4]);
        PdfLine[] lines =
        [
            Line(size, 700, ("一般公共", x[3]), ("一般公共", x[7])),
            Line(size, 700 - pitch, ("合计", x[0]), ("公务用车", x[1]), ("购置费", x[2]), ("预算财政", x[3]), ("合计", x[4]), ("公务用车", x[5]), ("购置费", x[6]), ("预算财政", x[7])),
            Line(size, 700 - 2 * pitch, ("拨款", x[3]), ("拨款", x[7])),
            Line(size, 700 - 3 * pitch, x.Select((l, i) => ((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), l)).ToArray()),
            Line(size, 700 - 4 * pitch, x.Select((l, i) => (i == 0 ? "0.30" : "0.00", l)).ToArray()),
        ];

        var table = Assert.Single(PlacedLine.Read(lines).OfType<TableBlock>());
        Assert.Equal("合计|公务用车|购置费|一般公共预算财政拨款|合计|公务用车|购置费|一般公共预算财政拨款", string.Join("|", table.Rows[0].Cells.Select(c => c.Text)));
        Assert.Equal(3, table.Rows.Count);
    }

    /// <summary>The left edges of columns as wide as their widest text (<paramref name="characters"/> each), a character apart.</summary>
    private static double[] Lefts(double size, int[] characters) =>
        characters.Select((_, i) => 50 + characters.Take(i).Sum(c => (c + 1) * size)).ToArray();

    private static PdfLine Line(double size, double baseline, params (string Text, double Left)[] words) => PlacedLine.Sized(size, baseline, words);
}
