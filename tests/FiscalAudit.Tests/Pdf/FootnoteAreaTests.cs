using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// The footnotes at a page's foot (<see cref="FootnoteAreas"/>): under a short rule from the text's left edge, lines opening with a mark
/// (“1”, “①”, “*”, “注”) are the page's notes, not lines of its text; the page number further down (“-12-”) stays a line. A rule a table's width
/// (a 三线表's bottom rule, a rule under a title) or a rule a vertical border meets is no separator, and lines under a short rule that do
/// not open with a mark (a number's first digits are none) stay text.
/// </summary>
public class FootnoteAreaTests
{
    private static IEnumerable<Glyph> Set(string text, double left, double baseline, double size)
    {
        foreach (var c in text)
        {
            var width = c < 0x2E80 ? size / 2 : size;
            yield return new Glyph(c.ToString(), new BoundingBox(left, baseline - 0.1 * size, left + width, baseline + 0.8 * size), baseline, size, left, left + width);
            left += width;
        }
    }

    private static PageLayout Page(IEnumerable<Segment> segments, params string[] notes)
    {
        var glyphs = Set("2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务", 90, 120, 12)
            .Concat(notes.SelectMany((n, i) => Set(n, 90, 84 - 13 * i, 9)))
            .Concat(Set("-12-", 290, 30, 10.5));
        return new PageAnalyzer().Ruled(12, 595, 842, glyphs, segments);
    }

    [Theory]
    [InlineData("1本段金额单位为万元，部分合计数因四舍五入存在尾差。", "2数据来源：2020年度部门决算报表。")]
    [InlineData("①本段金额单位为万元。", "②数据来源：部门决算报表，经财政部门审核批复。")]
    [InlineData("*本部分金额单位除注明外均为万元。")]
    [InlineData("注：部分合计数因四舍五入存在尾差。")]
    public void Lines_opening_with_a_mark_under_a_short_rule_are_the_page_s_notes(params string[] notes)
    {
        var page = Page([new Segment(90, 97, 234, 97)], notes);
        Assert.Equal(notes, page.Footnotes!.Select(l => l.Text));
        Assert.Equal(["2020年度一般公共预算财政拨款支出192.58万元，主要用于以下方面：一般公共服务", "-12-"], page.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData(90, 505, false)]
    [InlineData(90, 234, true)]
    public void A_table_s_rule_is_no_separator(double from, double to, bool bordered)
    {
        List<Segment> rules = [new Segment(from, 97, to, 97)];
        if (bordered) rules.Add(new Segment(from, 97, from, 140));
        var page = Page(rules, "1本段金额单位为万元。");
        Assert.Empty(page.Footnotes!);
        Assert.Contains(page.Lines, l => l.Text == "1本段金额单位为万元。");
    }

    /// <summary>A signature block, and a paragraph's lines opening with a number (“54.9%。”) under an underlined amount, stay text.</summary>
    [Theory]
    [InlineData("单位负责人：张三", "填报人：李四")]
    [InlineData("54.9%。主要原因是两个年度报表设计的统计口径形成的", "差异。")]
    public void Lines_without_a_mark_under_a_short_rule_stay_text(string first, string second)
    {
        var page = Page([new Segment(90, 97, 234, 97)], first, second);
        Assert.Empty(page.Footnotes!);
        Assert.Equal(4, page.Lines.Count());
    }
}
