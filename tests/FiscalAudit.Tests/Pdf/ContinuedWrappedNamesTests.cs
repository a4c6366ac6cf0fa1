using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table continued at the top of the next page whose first rows leave open which row a wrapped name's line
/// belongs to: the line has no code, fills its column and stands between two coded rows, whose own names fill the column too.
/// It goes with the row the table's other wrapped names show — the one under it when the names on the page before are set at
/// the foot of their rows (their lines over the code), the one over it when they are centred down them.
/// </summary>
public class ContinuedWrappedNamesTests
{
    [Theory]
    [InlineData("foot", "2080505 机关事业单位基本养老保险缴费支出", "2080599 其他行政事业单位养老支出")]
    [InlineData("centred", "2080505 机关事业单位基本养老保险缴费支出其他行政事业单位", "2080599 养老支出")]
    public void A_line_between_two_coded_rows_goes_with_the_row_the_tables_other_names_show(string first, string upper, string lower)
    {
        var next = new[]
        {
            Line(760, ("机关事业单位基本", 120)),
            Line(749, ("2080505", 50), ("养老保险缴费支出", 120), ("11.75", 230)),
            Line(736, ("其他行政事业单位", 120)),
            Line(725, ("2080599", 50), ("养老支出", 120), ("0.48", 235)),
            Line(712, ("210", 50), ("卫生健康支出", 120), ("5.56", 235)),
            Line(699, ("21011", 50), ("行政事业单位医疗", 120), ("5.56", 235)),
            Line(686, ("2101101", 50), ("行政单位医疗", 120), ("5.24", 235)),
        };
        var rows = Rows(PlacedLine.Read(FirstPage(first), next));
        Assert.Contains(upper, rows);
        Assert.Contains(lower, rows);
    }

    [Theory]
    [InlineData("foot")]
    [InlineData("centred")]
    public void A_line_under_a_short_name_opens_the_next_row_whatever_the_alignment(string first)
    {
        var next = new[]
        {
            Line(760, ("2080505", 50), ("养老保险缴费", 120), ("11.75", 230)),
            Line(747, ("其他行政事业单位", 120)),
            Line(736, ("2080599", 50), ("养老支出", 120), ("0.48", 235)),
            Line(723, ("210", 50), ("卫生健康支出", 120), ("5.56", 235)),
            Line(710, ("2101101", 50), ("行政单位医疗", 120), ("5.24", 235)),
        };
        var rows = Rows(PlacedLine.Read(FirstPage(first), next));
        Assert.Contains("2080505 养老保险缴费", rows);
        Assert.Contains("2080599 其他行政事业单位养老支出", rows);
    }

    /// <summary>The page the table opens on: a header and rows whose wrapped names are set at the foot of their rows or centred down them.</summary>
    private static PdfLine[] FirstPage(string alignment) => alignment == "foot"
        ?
        [
            Line(760, ("科目编码", 50), ("科目名称", 120), ("决算数", 225)),
            Line(746, ("201", 50), ("一般公共服务", 120), ("181.74", 230)),
            Line(733, ("社会保障和就业支", 120)),
            Line(722, ("208", 50), ("出", 120), ("12.23", 235)),
            Line(709, ("行政事业单位养老", 120)),
            Line(698, ("20805", 50), ("支出", 120), ("12.23", 235)),
            Line(685, ("2010306", 50), ("政务公开审批", 120), ("175.74", 230)),
        ]
        :
        [
            Line(760, ("科目编码", 50), ("科目名称", 120), ("决算数", 225)),
            Line(746, ("201", 50), ("一般公共服务", 120), ("181.74", 230)),
            Line(733, ("机关事业单位基本", 120)),
            Line(722, ("2080506", 50), ("养老保险缴费支出", 120), ("12.23", 235)),
            Line(711, ("（职业年金）", 120)),
            Line(698, ("2010306", 50), ("政务公开审批", 120), ("175.74", 230)),
            Line(685, ("2101101", 50), ("行政单位医疗", 120), ("5.24", 235)),
        ];

    /// <summary>Each row of the tables read as its code and name.</summary>
    private static List<string> Rows(IReadOnlyList<Block> blocks) =>
        blocks.OfType<TableBlock>().SelectMany(t => t.Rows).Select(r => $"{Text(r, 0)} {Text(r, 1)}").ToList();

    private static string Text(SourceRow row, int column) => row.Cells.FirstOrDefault(c => c.Column == column)?.Text ?? "";

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
