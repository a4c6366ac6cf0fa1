using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// Two tables printed side by side on one page without rulings (<see cref="PageRegions"/>), their titles on one line: each is read
/// as its own table under its own title, whether their rows share lines (one sheet's rows) or not (two tables in a table's two cells).
/// A single wide table whose column stands empty, under its title with its 公开NN表 on the same line, stays one table.
/// </summary>
public class PageRegionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Two_tables_side_by_side_are_read_each_under_its_title(double offset)
    {
        string[][] left = [["项目", "行次", "金额"], ["一、财政拨款收入", "1", "199.52"], ["二、事业收入", "2", "0.00"], ["合计", "3", "199.52"]];
        string[][] right = [["项目", "行次", "金额"], ["一、基本支出", "4", "150.00"], ["二、项目支出", "5", "49.52"], ["三、其他支出", "6", "0.00"], ["合计", "7", "199.52"]];
        var lines = new List<PdfLine> { PlacedLine.At(780, ("收入决算表", 40), ("支出决算表", 330)) };
        for (var r = 0; r < right.Length; r++)
        {
            var words = r < left.Length ? Row(left[r], 40) : [];
            if (offset == 0) lines.Add(PlacedLine.At(750 - 20 * r, [.. words, .. Row(right[r], 330)]));
            else
            {
                if (words.Length > 0) lines.Add(PlacedLine.At(750 - 20 * r, words));
                lines.Add(PlacedLine.At(750 - 20 * r - offset, Row(right[r], 330)));
            }
        }

        var blocks = PlacedLine.Read([.. lines]);

        Assert.Equal(["收入决算表", Rows(left), "支出决算表", Rows(right)], blocks.Select(b => b is TableBlock t ? Rows(t.Rows.Select(r => r.Cells.Select(c => c.Text))) : Text(b)));
    }

    /// <summary>A row's words set from <paramref name="left"/>: the name, 行次 100 points on, the amount 50 points further.</summary>
    private static (string, double)[] Row(string[] cells, double left) => [(cells[0], left), (cells[1], left + 100), (cells[2], left + 150)];

    private static string Rows(IEnumerable<IEnumerable<string>> rows) => string.Join('/', rows.Select(r => string.Join('|', r)));

    [Theory]
    [InlineData("title centred")]
    [InlineData("title and 公开05表 on one line")]
    [InlineData("公开05表 and title on one line")]
    public void A_wide_table_with_an_empty_column_stays_one_table(string title)
    {
        var titleLine = title switch
        {
            "title centred" => PlacedLine.At(780, ("一般公共预算财政拨款支出决算表", 150)),
            "title and 公开05表 on one line" => PlacedLine.At(780, ("一般公共预算财政拨款支出决算表", 40), ("公开05表", 470)),
            _ => PlacedLine.At(780, ("公开05表", 40), ("一般公共预算财政拨款支出决算表", 240)),
        };
        var rows = new[] { ("一、基本支出", "150.00"), ("二、项目支出", "49.52"), ("三、其他支出", "0.00"), ("合计", "199.52") };
        var lines = new List<PdfLine> { titleLine, PlacedLine.At(755, ("项目", 40), ("预算数", 250), ("决算数", 470)) };
        lines.AddRange(rows.Select((r, i) => PlacedLine.At(735 - 20 * i, (r.Item1, 40), (r.Item2, 470))));

        var blocks = PlacedLine.Read([.. lines]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(["项目|预算数|决算数", .. rows.Select(r => $"{r.Item1}||{r.Item2}")], table.Rows.Select(r => string.Join('|', r.Cells.Select(c => c.Text))));
    }

    private static string Text(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => string.Empty,
    };
}
