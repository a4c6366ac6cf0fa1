using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// The running headers and footers the PDF filter removes from the pages are handed on once each (<see cref="PageFurnitureFilter.Running"/>),
/// placed on the first page printing them, in the header or the footer; page numbers, print dates and paths are left out
/// (<see cref="RunningText"/>). A short document's header printed the same on each page is one as much as a long one's.
/// </summary>
public class RunningLineTests
{
    [Theory]
    [InlineData(30)]
    [InlineData(6)]
    [InlineData(2)]
    public void A_header_on_every_page_is_removed_and_kept_once_at_its_first_page(int count)
    {
        PageLayout Page(int n) => new(n, 600, 800, new object[]
        {
            Line("南宁市青秀区教育局2023年度部门决算", 780),
            Line("正文第" + n + "页的内容", 400),
            Line("第 " + n + " 页 共 " + count + " 页", 20),
        });
        var pages = Enumerable.Range(1, count).Select(Page).ToList();
        var filter = new PageFurnitureFilter();
        Assert.All(filter.Filter(pages), p => Assert.Equal([$"正文第{p.Number}页的内容"], p.Lines.Select(l => l.Text)));
        var running = Assert.Single(filter.Running("a.pdf", pages));
        Assert.Equal("南宁市青秀区教育局2023年度部门决算", running.Text);
        Assert.Equal("第1页页眉", running.Location.Describe());
    }

    [Fact]
    public void Headers_and_footers_that_differ_are_each_kept_once_in_their_margin()
    {
        PageLayout Page(int n) => new(n, 600, 800, new object[]
        {
            Line(n % 2 == 1 ? "2024年度部门决算" : "南宁市青秀区财政局", 780),
            Line("正文第" + n + "页的内容", 400),
            Line("内部资料 第" + n + "页", 20),
        });
        var running = new PageFurnitureFilter().Running("a.pdf", Enumerable.Range(1, 8).Select(Page).ToList());
        Assert.Equal(["2024年度部门决算 第1页页眉", "内部资料 第1页页脚", "南宁市青秀区财政局 第2页页眉"], running.Select(l => $"{l.Text} {l.Location.Describe()}"));
    }

    /// <summary>A one-page document's top line, or a caption numbered on each page of a short one, is no running line.</summary>
    [Fact]
    public void A_single_page_or_numbered_captions_give_no_running_line()
    {
        var one = new PageLayout(1, 600, 800, new object[] { Line("南宁市青秀区财政局2024年度部门决算", 780), Line("正文", 400) });
        Assert.Empty(new PageFurnitureFilter().Running("a.pdf", [one]));
        PageLayout Page(int n) => new(n, 600, 800, new object[] { Line("附表" + n, 780), Line("正文", 400) });
        Assert.Empty(new PageFurnitureFilter().Running("a.pdf", Enumerable.Range(1, 2).Select(Page).ToList()));
    }

    [Theory]
    [InlineData("第 3 页 共 12 页", null)]
    [InlineData("- 3 -", null)]
    [InlineData("Page 3 of 9", null)]
    [InlineData("打印日期：2025-03-01 10:32", null)]
    [InlineData("D:\\决算\\XX单位\\2024年部门决算.docx", null)]
    [InlineData("/home/user/XX单位/决算.pdf", null)]
    [InlineData("南宁市青秀区财政局2024年度部门决算 第 3 页", "南宁市青秀区财政局2024年度部门决算")]
    [InlineData("XX单位2024年度部门决算 3/12", "XX单位2024年度部门决算")]
    [InlineData("内部资料　注意保存", "内部资料 注意保存")]
    [InlineData("2024年度部门决算 2024年3月1日", "2024年度部门决算")]
    [InlineData("收入增加/减少情况", "收入增加/减少情况")]
    [InlineData("第  页 共  页", null)]
    [InlineData("XX单位2024年度部门决算 Page 2", "XX单位2024年度部门决算")]
    [InlineData("共 12 页，第 3 页 南宁市青秀区财政局", "南宁市青秀区财政局")]
    [InlineData("编号2024/12345 南宁市青秀区财政局", "编号2024/12345 南宁市青秀区财政局")]
    public void A_printed_margin_line_is_kept_without_its_fields(string printed, string? kept) =>
        Assert.Equal(kept, RunningText.Kept(printed));

    private static PdfLine Line(string text, double baseline) =>
        new(new[] { new PdfWord(text, new BoundingBox(50, baseline, 50 + 10 * text.Length, baseline + 10), baseline, 10) });
}
