using System.Xml.Linq;

namespace FiscalAudit.Tests.Ofd;

/// <summary>
/// A one-page OFD composed for reader tests (A4 portrait, millimetres): a title, a sentence with amounts and a ruled table of
/// two columns, its text written as <see cref="OfdWriting"/> says; characters advance by an em (CJK) or half an em (the rest).
/// </summary>
internal static class ComposedOfd
{
    public const string Title = "上海市某区财政局2024年度部门决算";
    public const string Sentence = "本年收入合计1,234.56万元，比上年增加12.30万元。";
    public static readonly string[][] Rows = [["项目", "金额"], ["财政拨款收入", "1,234.56"], ["其他收入", "0.00"], ["本年收入合计", "1,234.56"]];

    private static readonly double[] Columns = [20, 90, 150];
    private const double RowTop = 60, RowHeight = 9, Size = 3.5;

    public static OfdTestPage Page(OfdWriting writing)
    {
        var objects = new List<XElement>();
        objects.AddRange(Text(Title, 40, 25, 6, writing));
        objects.AddRange(Text(Sentence, 20, 40, Size, writing));
        for (var r = 0; r < Rows.Length; r++)
            for (var c = 0; c < 2; c++)
                objects.AddRange(Text(Rows[r][c], Columns[c] + 2, RowTop + r * RowHeight + 6.5, Size, writing));
        var bottom = RowTop + Rows.Length * RowHeight;
        for (var r = 0; r <= Rows.Length; r++) objects.Add(Line(Columns[0], RowTop + r * RowHeight, Columns[^1], RowTop + r * RowHeight));
        foreach (var x in Columns) objects.Add(Line(x, RowTop, x, bottom));
        return new OfdTestPage(210, 297, objects);
    }

    public static byte[] Write(OfdWriting writing) => TestOfd.Write([Page(writing)]);

    /// <summary>A stroked line as a PathObject whose Boundary starts at its first point.</summary>
    public static XElement Line(double x1, double y1, double x2, double y2) =>
        new(TestOfd.Ns + "PathObject", new XAttribute("ID", "p"), new XAttribute("Boundary", TestOfd.Box(x1, y1, Math.Max(x2 - x1, 0.5), Math.Max(y2 - y1, 0.5))), new XAttribute("LineWidth", "0.25"),
            new XElement(TestOfd.Ns + "AbbreviatedData", $"M 0 0 L {TestOfd.Box(x2 - x1, y2 - y1)}"));

    private static IEnumerable<XElement> Text(string text, double x, double baseline, double size, OfdWriting writing)
    {
        var run = new List<(string, double)>();
        foreach (var rune in text.EnumerateRunes())
        {
            run.Add((rune.ToString(), x));
            x += rune.Value > 0x2E80 ? size : size / 2;
        }
        return TextObjects.Write(run, baseline, size, writing);
    }
}
