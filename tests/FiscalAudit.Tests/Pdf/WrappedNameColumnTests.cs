using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;

namespace FiscalAudit.Tests.Pdf;

/// <summary>
/// A borderless two-sided table printed portrait with narrow columns: each 收入 name is wrapped over two lines centred down its row,
/// one line over the row's figures and one under them, and the rows further down have no 收入 name. No name stands on a line of
/// figures, yet the names are a column of their own, and each row's name is whole.
/// </summary>
public class WrappedNameColumnTests
{
    [Theory]
    [InlineData("under its header")]
    [InlineData("continued at the top of the next page")]
    public void Names_wrapped_over_and_under_their_figures_are_a_column_of_their_own(string setting)
    {
        PdfLine[] header =
        [
            Line(780, ("收入", 50), ("支出", 240)),
            Line(766, ("项目", 50), ("行次", 140), ("金额", 175), ("项目", 240), ("行次", 360), ("合计", 400)),
            Line(752, ("栏次", 50), ("1", 140), ("1", 175), ("栏次", 240), ("2", 360), ("2", 400)),
        ];
        PdfLine[] body =
        [
            Line(730, ("一、一般公共", 50)), Line(724, ("1", 140), ("199.52", 175), ("一、一般公共服务支出", 240), ("33", 360), ("176.99", 400)), Line(718, ("预算拨款", 50)),
            Line(700, ("二、政府性基", 50)), Line(694, ("2", 140), ("0.00", 185), ("二、外交支出", 240), ("34", 360), ("0.00", 410)), Line(688, ("金预算拨款", 50)),
            Line(670, ("三、国有资本", 50)), Line(664, ("3", 140), ("0.00", 185), ("三、国防支出", 240), ("35", 360), ("0.00", 410)), Line(658, ("经营预算拨款", 50)),
            Line(640, ("4", 140), ("四、公共安全支出", 240), ("36", 360), ("0.00", 410)),
            Line(622, ("5", 140), ("五、教育支出", 240), ("37", 360), ("10.65", 400)),
        ];
        var blocks = setting == "under its header" ? PlacedLine.Read([.. header, .. body]) : PlacedLine.Read(header, body);

        var table = Assert.Single(blocks.OfType<TableBlock>());
        var rows = table.Rows.Select(r => string.Join(" ", r.Cells.Where(c => c.Text.Length > 0).Select(c => $"{c.Column}:{c.Text}"))).ToList();
        Assert.Equal(
            [
                "0:收入 3:支出", "0:项目 1:行次 2:金额 3:项目 4:行次 5:合计", "0:栏次 1:1 2:1 3:栏次 4:2 5:2",
                "0:一、一般公共预算拨款 1:1 2:199.52 3:一、一般公共服务支出 4:33 5:176.99",
                "0:二、政府性基金预算拨款 1:2 2:0.00 3:二、外交支出 4:34 5:0.00",
                "0:三、国有资本经营预算拨款 1:3 2:0.00 3:三、国防支出 4:35 5:0.00",
                "1:4 3:四、公共安全支出 4:36 5:0.00",
                "1:5 3:五、教育支出 4:37 5:10.65",
            ], rows);
    }

    private static PdfLine Line(double baseline, params (string Text, double Left)[] words) => PlacedLine.Sized(6, baseline, words);
}
