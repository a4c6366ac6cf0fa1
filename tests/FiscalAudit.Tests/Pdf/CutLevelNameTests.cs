using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A 绩效自评 form's indicator table printed by a word processor without borders (cells at the top of their rows), its last row on a page
/// cut by the page end inside its 二级指标 name (issue 12, class 10): “服务对象满意” at the page foot beside the row's figures, “度指标” alone at
/// the top of the next page. No cell of that column wraps on the page, so nothing tells how wide its lines may be; but the piece at the foot
/// is no indicator level's name and the two together are one, so the rest finishes the cell (<see cref="Ingest.Pdf.Assembly.CutRow"/>), and
/// the rows under it stay rows of their own.
/// </summary>
public class CutLevelNameTests
{
    [Theory]
    [InlineData("满意度指标", "服务对象满意", "度指标")]
    [InlineData("效益指标", "经济效益", "指标")]
    [InlineData("效益指标", "可持续影响", "指标")]
    [InlineData("满意度指标", "服务对象", "满意度指标")]
    public void A_level_name_cut_by_the_page_end_comes_back_whole(string level, string cut, string rest)
    {
        var first = new List<PdfLine>
        {
            Line(760, ("一级指标", 50), ("二级指标", 130), ("三级指标", 210), ("年度指标值", 380), ("实际完成值", 450), ("分值", 530), ("得分", 570)),
            Line(740, ("产出指标", 50), ("数量指标", 130), ("考核发放人数达到在编人员", 210), ("45人", 380), ("45人", 450), ("10", 530), ("10", 570)),
            Line(726, ("全部覆盖", 210)),
            Line(706, ("质量指标", 130), ("考核结果与绩效奖励挂钩", 210), ("100%", 380), ("100%", 450), ("10", 530), ("10", 570)),
            Line(686, ("时效指标", 130), ("年度考核完成后及时发放", 210), ("及时", 380), ("及时", 450), ("10", 530), ("10", 570)),
            Line(666, (level, 50), (cut, 130), ("工作人员满意程度", 210), ("≥90%", 380), ("96%", 450), ("10", 530), ("10", 570)),
        };
        var second = new List<PdfLine>
        {
            Line(770, (rest, 130)),
            Line(750, ("社会公众满意程度", 210), ("≥85%", 380), ("92%", 450), ("10", 530), ("9", 570)),
            Line(730, ("群众投诉办结率", 210), ("100%", 380), ("100%", 450), ("10", 530), ("10", 570)),
        };

        var blocks = PlacedLine.Read([.. first], [.. second]);

        // The header and six indicator rows, the rest no row of its own.
        var rows = Assert.Single(blocks.OfType<TableBlock>()).Rows;
        Assert.Equal(cut + rest, Assert.Single(rows, r => r.Cells.Any(c => c.Text == "工作人员满意程度")).Cells[1].Text);
        Assert.Contains(rows, r => r.Cells.Any(c => c.Text == "社会公众满意程度"));
        Assert.Contains(rows, r => r.Cells.Any(c => c.Text == "群众投诉办结率"));
        Assert.Equal(7, rows.Count);
        Assert.DoesNotContain(blocks.OfType<ParagraphBlock>(), p => p.Text.Contains(rest, StringComparison.Ordinal) && !p.Text.Contains(cut, StringComparison.Ordinal));
    }

    /// <summary>
    /// The same form in small print on a portrait page: columns four characters wide, so a level's name fills its column (“可持续影” over
    /// “响指标”) and so do the target and actual (“年度考核” over “完成后一”). A row is cut by the page end with its 三级指标 filling its
    /// column, and the next page opens with the next indicator, its 二级指标 a whole level's name beside lines as full: that name opens a
    /// row of its own — a level's name goes on with a cut cell only when it finishes one — and the cut row keeps its own cells.
    /// </summary>
    [Theory]
    [InlineData("质量指标", false)]
    [InlineData("成本指标", false)]
    [InlineData("数量指标", false)]
    [InlineData("质量指标", true)]
    [InlineData("成本指标", true)]
    public void A_level_name_opening_the_next_page_opens_a_row_of_its_own(string next, bool figures)
    {
        // The cut row's target and actual: wrapped words filling their columns, or figures (“≥95%”, “98%”) on its first line only.
        var (target, actual) = figures ? (("≥95%", "98%"), (string.Empty, string.Empty)) : (("年度考核", "年度考核"), ("完成后一", "完成后一"));
        var first = new List<PdfLine>
        {
            Line(760, ("一级指标", 50), ("二级指标", 110), ("三级指标", 160), ("指标值", 310), ("完成值", 360), ("偏差原因", 410)),
            Line(740, ("产出指标", 50), ("数量指标", 110), ("考核发放人数达到在编人员全部", 160), ("达到在编", 310), ("达到在编", 360)),
            Line(726, ("覆盖", 160), ("人员总数", 310), ("人员总数", 360)),
            Line(706, ("效益指标", 50), ("可持续影", 110), ("考核结果运用形成长效机制", 160), ("长效", 310), ("长效", 360)),
            Line(692, ("响指标", 110)),
            Line(672, ("时效指标", 110), ("年度考核完成后及时足额发放到", 160), (target.Item1, 310), (target.Item2, 360)),
            figures ? Line(658, ("个人账户并公示考核结果和名单", 160)) : Line(658, ("个人账户并公示考核结果和名单", 160), (actual.Item1, 310), (actual.Item2, 360)),
        };
        var second = new List<PdfLine>
        {
            Line(770, (next, 110), ("考核奖励资金控制在预算以内", 160), ("验收合格", 310), ("验收合格", 360)),
            Line(750, ("满意度指标", 50), ("服务对象", 110), ("工作人员满意程度", 160), ("≥90%", 310), ("96%", 360)),
            Line(736, ("满意度指", 110)),
            Line(722, ("标", 110)),
        };

        var rows = Assert.Single(PlacedLine.Read([.. first], [.. second]).OfType<TableBlock>()).Rows;

        var cut = Assert.Single(rows, r => r.Cells.Any(c => c.Text.StartsWith("年度考核完成后", StringComparison.Ordinal)));
        Assert.Equal(["时效指标", "年度考核完成后及时足额发放到个人账户并公示考核结果和名单", target.Item1 + actual.Item1], cut.Cells.Skip(1).Take(3).Select(c => c.Text));
        Assert.Equal(next, Assert.Single(rows, r => r.Cells.Any(c => c.Text == "考核奖励资金控制在预算以内")).Cells[1].Text);
        Assert.Equal(6, rows.Count);
    }

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.At(baseline, words);
}
