using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest.Pdf.Layout;
using FiscalAudit.Ingest.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>
/// A form's first row cut by the page end: its label centred beside a name wrapped over and under it (“申报智慧沁阳大数据中心新基建项 /
/// 项目名称 / 目专项债券前期经费”), or its label and the name's first line (“项目名称 政务大厅便民服务”) with the name's rest opening the next
/// page (“设备配置”), over a table found from the alignment of its words that opens that page with a row of labels (no amount). Too few
/// cells on any one line to be a table, those lines were read as text. They are that table's first row when they are the last lines of
/// their page (and the first lines of the next, set in columns where the foot lines have text), each right under the one before, no
/// sentence or figure among them (digits only inside a name's words: “2023年…项目”), within the table's width, and their words stand apart in two stacks or more, over two
/// columns or more (a label and what it names; a title over the form reaches over both). A single line at a page foot is <see cref="FootHeaderLine"/>'s.
/// </summary>
internal sealed partial record FootLabelRow(IReadOnlyList<PdfLine> Foot, IReadOnlyList<PdfLine> Head, PageTable Part)
{
    /// <summary>The row left at the foot of <paramref name="page"/> over the first table of <paramref name="next"/>; null when there is none.</summary>
    public static FootLabelRow? Between(PageLayout page, PageLayout next)
    {
        var head = next.Items.TakeWhile(i => i is PdfLine).Cast<PdfLine>().ToList();
        if (head.Count > MaxHeadLines || head.Count == next.Items.Count || next.Items[head.Count] is not PageTable { Grid.Inks: not null } part
            || part.Rows.FirstOrDefault(r => r.Any(c => c.Text.Length > 0)) is not { } first || first.Any(c => FigureWords.HoldsAmount(c.Text)))
            return null;
        var xs = part.Grid.Xs.ToList();
        var foot = new List<PdfLine>();
        for (var i = page.Items.Count - 1; i >= 0 && foot.Count < AlignedTableFinder.MaxStaggeredLines && page.Items[i] is PdfLine line && IsLabelLine(line, xs) && (foot.Count == 0 || Under(line, foot[0])); i--)
            foot.Insert(0, line);
        if (foot.Count + head.Count < 2 || foot.Count == 0 || !head.All(l => IsLabelLine(l, xs)) || head.Zip(head.Skip(1)).Any(p => !Under(p.First, p.Second))) return null;
        var footColumns = Columns(foot, part.Grid);
        return Stacks(foot.Concat(head)) >= 2 && footColumns.Count >= 2 && Columns(head, part.Grid).IsSubsetOf(footColumns) ? new FootLabelRow(foot, head, part) : null;
    }

    /// <summary>The row's cells: each column's text from the foot lines, then from the head lines.</summary>
    public List<(string Text, int Column, BoundingBox Box)> Cells()
    {
        var rest = FootHeaderLine.ByColumn(Head.SelectMany(l => l.Words), Part.Grid).ToDictionary(c => c.Column, c => c.Text);
        return FootHeaderLine.ByColumn(Foot.SelectMany(l => l.Words), Part.Grid)
            .Select(c => (rest.TryGetValue(c.Column, out var more) ? ParagraphJoiner.Join(c.Text, more) : c.Text, c.Column, c.Box)).ToList();
    }

    /// <summary>
    /// The first row of <see cref="Part"/> is the rest of the row's names (a word processor's print sets a cell at the top of its row, so a
    /// name's last lines open the table on the next page: “理局整体支出绩效自评情况” under “项目名称 沁阳市政务服 / 务和大数据管”): no
    /// amount in it, and text only in columns where the row has text, right of its label's.
    /// </summary>
    public bool IsRest(IReadOnlyList<PdfCell> row) => IsRest(Cells().Select(c => c.Column), row);

    /// <summary>
    /// The first row of a part is the rest of the names of a label row whose cells stand in <paramref name="columns"/> (this row's, or a single
    /// line's at the page foot, <see cref="FootHeaderLine"/>: “项目名称 工作人员绩效” over “考核奖”): no amount in it, and text only in columns
    /// where the row has text, right of its label's.
    /// </summary>
    public static bool IsRest(IEnumerable<int> columns, IReadOnlyList<PdfCell> row)
    {
        var named = columns.Order().Skip(1).ToHashSet();
        var filled = row.Where(c => c.Text.Length > 0).ToList();
        return filled.Count > 0 && filled.All(c => c.Cell.ColumnSpan == 1 && named.Contains(c.Cell.Column) && !FigureWords.HoldsAmount(c.Text));
    }

    /// <summary>The foot lines' box on their page.</summary>
    public BoundingBox Box => Foot.Skip(1).Aggregate(Foot[0].Box, (b, l) => b.Union(l.Box));

    /// <summary>
    /// A line of a label row: no form title or its year (“(2020年度)”), no sentence, no figure standing on its own (a page number, an amount, a 行次 — digits are part of a name
    /// only written up against its letters: “2023年度智慧城市项目”, “5G基站”), within the table's width.
    /// </summary>
    private static bool IsLabelLine(PdfLine line, List<double> xs) =>
        !FigureWords.HasSentencePunctuation(line) && !line.Text.Contains('。') && !LoneFigure().IsMatch(line.Text) && !FormTitleLines.IsTitleLine(line.Text)
        && line.Box.Left >= xs[0] - line.FontSize && line.Box.Right <= xs[^1] + line.FontSize;

    /// <summary>Digits (with their points and separators) with no letter or CJK character right before or after them.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,])\d[\d.,]*(?![\p{L}\d.,])")]
    private static partial Regex LoneFigure();

    /// <summary>How many stacks of text the lines' words make side by side: their x-ranges, overlapping ones joined (a title across the form makes one).</summary>
    private static int Stacks(IEnumerable<PdfLine> lines)
    {
        var stacks = 0;
        var right = double.NegativeInfinity;
        foreach (var word in lines.SelectMany(l => l.Words).OrderBy(w => w.Box.Left))
        {
            if (word.Box.Left > right) stacks++;
            right = Math.Max(right, word.Box.Right);
        }
        return stacks;
    }

    private static bool Under(PdfLine above, PdfLine below) => above.Baseline - below.Baseline is > 0 and var gap && gap <= AlignedTableFinder.WrapGap * below.FontSize;

    private static HashSet<int> Columns(IEnumerable<PdfLine> lines, PdfGrid grid) => lines.SelectMany(l => l.Words).Select(w => grid.ColumnAt(w.CenterX)).ToHashSet();

    /// <summary>At most this many lines of the row's wrapped cells open the next page.</summary>
    private const int MaxHeadLines = 2;
}
