using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless table whose 科目编码 is printed in three narrow columns 类, 款 and 项 (issue 12, class 10): the 款 and 项 codes stand
/// a few points from the name after them, closer than the gap that parts the cells of a line of text, and the 款 and 项 columns are
/// empty in most rows. Each code stays in its own column and the name in its own; the headers 项 and 科目名称, as close, are split too.
/// </summary>
public class SplitCodeColumnsTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    public void Codes_split_into_class_segments_stand_apart_from_the_names(double gap)
    {
        // 类 at 50, 款 at 75, 项 at 90; a two-digit code is 10 points wide, so the name starts gap points after the 项 code.
        var name = 100 + gap;
        PdfLine Row(double baseline, string @class, string item, string sub, string text, string total, string basic, string project)
        {
            var words = new List<(string, double)> { (@class, 50) };
            if (item.Length > 0) words.Add((item, 75));
            if (sub.Length > 0) words.Add((sub, 90));
            words.AddRange([(text, name), (total, 330), (basic, 400), (project, 470)]);
            return PlacedLine.At(baseline, [.. words]);
        }
        PdfLine[] lines =
        [
            PlacedLine.At(760, ("类", 50), ("款", 75), ("项", 90), ("科目名称", name), ("合计", 330), ("基本支出", 400), ("项目支出", 470)),
            PlacedLine.At(740, ("栏次", 50), ("1", 330), ("2", 400), ("3", 470)),
            PlacedLine.At(720, ("合计", 50), ("192.58", 330), ("192.58", 400), ("0.00", 470)),
            Row(700, "201", "", "", "一般公共服务支出", "176.99", "176.99", "0.00"),
            Row(680, "201", "03", "", "政府办公厅（室）及相关机构事务", "176.99", "176.99", "0.00"),
            Row(660, "201", "03", "06", "政务公开审批", "176.99", "176.99", "0.00"),
            Row(640, "210", "11", "", "行政事业单位医疗", "4.95", "4.95", "0.00"),
            Row(620, "210", "11", "01", "行政单位医疗", "4.94", "4.94", "0.00"),
            Row(600, "210", "11", "02", "事业单位医疗", "0.01", "0.01", "0.00"),
        ];

        var table = Assert.Single(PlacedLine.Read(lines).OfType<TableBlock>());
        var rows = table.Rows.Select(r => string.Join(" ", r.Cells.Where(c => c.Text.Length > 0).Select(c => $"{c.Column}:{c.Text}"))).ToList();
        Assert.Equal(
            [
                "0:类 1:款 2:项 3:科目名称 4:合计 5:基本支出 6:项目支出",
                "0:栏次 4:1 5:2 6:3",
                "0:合计 4:192.58 5:192.58 6:0.00",
                "0:201 3:一般公共服务支出 4:176.99 5:176.99 6:0.00",
                "0:201 1:03 3:政府办公厅（室）及相关机构事务 4:176.99 5:176.99 6:0.00",
                "0:201 1:03 2:06 3:政务公开审批 4:176.99 5:176.99 6:0.00",
                "0:210 1:11 3:行政事业单位医疗 4:4.95 5:4.95 6:0.00",
                "0:210 1:11 2:01 3:行政单位医疗 4:4.94 5:4.94 6:0.00",
                "0:210 1:11 2:02 3:事业单位医疗 4:0.01 5:0.01 6:0.00",
            ], rows);
    }
}
