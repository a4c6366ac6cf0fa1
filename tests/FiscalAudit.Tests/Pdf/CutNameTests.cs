using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table printed by a browser, in 12 pt against 9 pt body text, names wrapped five characters a line with their
/// figures centred beside them; the page ends inside a row, after the line of its figures or one more. The lines of the name left
/// under its figures finish that row (no further row on the page for them to open), and its last line, alone at the top of the
/// next page in the table's type, is no heading but the rest of the cell: one table, the name whole in its row.
/// </summary>
public class CutNameTests
{
    private const double Size = 12;

    [Theory]
    [InlineData(new[] { "二十二、灾", "害防治及应" }, "急管理支出", "二十二、灾害防治及应急管理支出")]
    [InlineData(new[] { "二十二、灾" }, "害防治支出", "二十二、灾害防治支出")]
    [InlineData(new[] { "二十二、农", "林水利气象" }, "等支出", "二十二、农林水利气象等支出")]
    public void A_name_cut_by_the_page_end_comes_back_whole_in_its_row(string[] cut, string rest, string name)
    {
        var first = new List<PdfLine>(Body(790, 4))
        {
            Line(730, ("行次", 121), ("项目", 196), ("行次", 278), ("合计", 303), ("基本支出", 353)),
            Line(700, ("十八、自然", 196)), Figures(692.1, "18", "50", "0.00"), Line(684.25, ("资源支出", 196)),
            Line(665.5, ("二十、粮油", 196)), Figures(649.75, "20", "52", "0.00", ("物资储备支", 196)), Line(634, ("出", 196)),
            Line(615.25, ("二十一、国", 196)), Figures(599.5, "21", "53", "0.00", ("有资本经营", 196)), Line(583.75, ("预算支出", 196)),
            Figures(565, "22", "54", "1.25", (cut[0], 196)),
        };
        if (cut.Length > 1) first.Add(Line(549.25, (cut[1], 196)));
        var second = new List<PdfLine>
        {
            Line(770, (rest, 196)),
            Line(751, ("二十三、其", 196)), Figures(743.1, "23", "55", "0.00"), Line(735.25, ("他支出", 196)),
            Line(716.5, ("二十四、债", 196)), Figures(708.6, "24", "56", "0.00"), Line(700.75, ("务还本支出", 196)),
            Line(682, ("二十五、债", 196)), Figures(674.1, "25", "57", "0.00"), Line(666.25, ("务付息支出", 196)),
        };
        second.AddRange(Body(640, 2));

        var blocks = PlacedLine.Read([.. first], [.. second]);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.DoesNotContain(blocks, b => b is HeadingBlock);
        var row = Assert.Single(table.Rows, r => r.Cells.Any(c => c.Text == "54"));
        Assert.Equal(name, row.Cells.Single(c => c.Text.StartsWith("二十二", StringComparison.Ordinal)).Text);
        Assert.Contains(table.Rows, r => r.Cells.Any(c => c.Text == "二十三、其他支出"));
    }

    /// <summary>Lines of 9 pt body text, 14 points apart.</summary>
    private static IEnumerable<PdfLine> Body(double top, int count) => Enumerable.Range(0, count).Select(i =>
        PlacedLine.Sized(9, top - 14 * i, ("本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支情况", 60)));

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.Sized(Size, baseline, words);

    /// <summary>A row's line of figures: its 行次, its 栏次 and two amounts, and the line of its name set beside them, if any.</summary>
    private static PdfLine Figures(double baseline, string number, string line, string amount, params (string Text, double Left)[] name) =>
        Line(baseline, [("" + number, 121), .. name, (line, 278), (amount, 303), ("0.00", 353)]);
}
