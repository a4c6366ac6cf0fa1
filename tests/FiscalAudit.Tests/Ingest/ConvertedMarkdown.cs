using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FiscalAudit.Tests.Ingest;

/// <summary>How a PDF/Word-to-Markdown converter writes tables and numbers.</summary>
/// <param name="Percents">"latex" writes 95% as "$95\%$", "tokens" as "$9 5 \%$" (a token at a time); anything else leaves them.</param>
/// <param name="HtmlBody">Each table wrapped in &lt;html&gt;&lt;body&gt;, as MinerU writes it.</param>
/// <param name="Sections">Header rows in &lt;thead&gt; with &lt;th&gt; cells, the rest in &lt;tbody&gt;, a row a line.</param>
/// <param name="LineBreaks">Long labels broken by a &lt;br&gt; in the middle.</param>
/// <param name="Nbsp">Blank cells hold "&amp;nbsp;".</param>
/// <param name="Split">Tables of more than six rows under their header split in two &lt;table&gt; blocks at a page break: "repeat" repeats the header rows in the second, "plain" does not.</param>
/// <param name="Captions">The title, 公开0N表, 部门, 年度 and 单位 lines over a table and the note under it written into it as rows of one cell merged across.</param>
/// <param name="GridColumns">Every cell merged over this many grid columns.</param>
/// <param name="GridTable">Tables written as pandoc writes them by default, as grid tables (“+----+”, “| … |”) whose
/// cells wrap after this many characters onto further lines of the row; 0 writes HTML.</param>
/// <param name="Pipes">Tables written as GFM pipe tables (as docling and marker write them): the rule under the first row,
/// a merged header cell's text repeated in every cell it covers.</param>
/// <param name="BoldHeadings">Bold headings (“## **一、…**”) written as bold lines only (“**一、…**”).</param>
/// <param name="Blank">What an empty cell under the header holds (“—”, “-”), as publishers and converters fill them.</param>
/// <param name="Furniture">A picture the converter cut out (“![](images/….jpg)”) and the page number after every table.</param>
/// <param name="Escapes">Text escaped as pandoc writes Markdown: “1\. ” for an item number, “\[” and “\]”.</param>
/// <param name="LatexCells">Cells with a percent or a sign written in LaTeX a token at a time (“$\geq 9 5 \%$”, “$\leq 6 1 0\mathrm{万元}$”).</param>
/// <param name="LatexAmounts">Amounts under the header in math (“$199.52$”), those of a total row in bold math (“$\mathbf{199.52}$”) and its label in “\textbf{…}”.</param>
/// <param name="SplitAmounts">Amounts of six characters or more wrapped in the middle by a &lt;br&gt;, as a narrow cell prints them (“204.<br>29”).</param>
/// <param name="BodySpans">Under the header, empty cells right of a label merged into it (colspan), as “合 计” and “栏次” span 科目编码 and 科目名称.</param>
/// <param name="HeaderLine">Pipe tables with the header rows in one line, a column's header texts joined by &lt;br&gt;, as marker writes them.</param>
/// <param name="Continuation">With <see cref="Split"/>, the caption written over the second part (“续表”, “## 续表”), as the printed page carries it.</param>
/// <param name="CellParagraphs">Every cell's text in &lt;p&gt;, split in two paragraphs when long, as Word's HTML carries it.</param>
/// <param name="NoSpans">Header cells not merged: an empty header cell stays an empty &lt;th&gt;&lt;/th&gt;.</param>
/// <param name="CaptionHeadings">The 公开0N表, 部门, 年度 and 单位 lines over a table written as headings of different levels, as a converter takes large or bold lines for headings.</param>
/// <param name="Picture">A line written between a table's captions and the table (“![](images/….jpg)”, “&lt;!-- image --&gt;”), where the converter also cut the table out as a picture.</param>
/// <param name="Entities">Running text with HTML entities (“&amp;nbsp;” for spaces, “&amp;ldquo;” and “&amp;rdquo;” for quotes), as HTML-to-Markdown tools leave them.</param>
/// <param name="OpenBars">With <see cref="Pipes"/>, no bar at either end of a line and “:---:” in the delimiter row, as GFM allows (an empty first or last cell leaves a bar at that end).</param>
/// <param name="SpanFootnotes">With <see cref="LatexAmounts"/>, a footnote's mark inside the span of each total (“$\mathbf{199.52}^{1}$”).</param>
/// <param name="TextAmounts">Amounts in running text in math, the unit after the span in “\text{…}” (“$192.58$\text{万元}”).</param>
/// <param name="SpanStyles">Every cell's text in &lt;p&gt;&lt;span style=…&gt;, a long label in two spans parted by &lt;br/&gt;, as Word and WPS save HTML.</param>
/// <param name="CellLines">Every HTML cell on its own line, the row's tags on lines of their own.</param>
/// <param name="PageBreak">With <see cref="Split"/>, the line between the two parts: a converter's comment, or the page number printed at the foot of the page (“— 3 —”, numbered by the table).</param>
/// <param name="CellPercents">A percent in a table cell written “％” (full-width), “none” (the figure only, the header saying “%”) or “百分之” (100% as “百分之百”).</param>
/// <param name="RowHeaders">Under the header, a row's first text cell as &lt;th scope="row"&gt;.</param>
/// <param name="Caption">The heading over each table moved into the table as its &lt;caption&gt;.</param>
/// <param name="OldHtml">Tags in capitals with unquoted attributes, a &lt;COLGROUP&gt;, each cell's text in &lt;FONT&gt; and blanks as “&amp;nbsp;”, as old Word and WPS HTML writes tables.</param>
/// <param name="Zero">What an amount of zero under the header is written as (“-”, “—”, nothing), as publishers print a zero; null leaves “0.00”.</param>
/// <param name="RepeatMerged">With <see cref="Pipes"/>, a body cell merged down over the blank cells under it (a row's blanks before
/// its first filled cell) written again on every row it covers, as docling, HTML exports and Excel's unmerge write a merged cell.</param>
/// <param name="Digits">How the amounts under the header are written: “grouped” with thousands separators (“1,925,800.00”),
/// “full-width” in full-width digits (“１９２．５８”, as OCR and some PDF text layers give them), both (“grouped full-width”); empty leaves them.</param>
internal sealed record ConverterStyle(
    string Percents = "latex",
    bool HtmlBody = false,
    bool Sections = false,
    bool LineBreaks = false,
    bool Nbsp = false,
    string Split = "",
    bool Captions = false,
    int GridColumns = 1,
    int GridTable = 0,
    bool Pipes = false,
    bool BoldHeadings = false,
    string Blank = "",
    bool Furniture = false,
    bool Escapes = false,
    bool LatexCells = false,
    bool LatexAmounts = false,
    bool SplitAmounts = false,
    bool BodySpans = false,
    bool HeaderLine = false,
    string Continuation = "",
    bool CellParagraphs = false,
    bool NoSpans = false,
    bool CaptionHeadings = false,
    string Picture = "",
    bool Entities = false,
    bool OpenBars = false,
    bool SpanFootnotes = false,
    bool TextAmounts = false,
    bool SpanStyles = false,
    bool CellLines = false,
    string PageBreak = "<!-- 分页 -->",
    string CellPercents = "",
    bool RowHeaders = false,
    bool Caption = false,
    bool OldHtml = false,
    string? Zero = null,
    bool RepeatMerged = false,
    string Digits = "")
{
    public static ConverterStyle Named(string name) => name switch
    {
        "MinerU: one line per table in html/body, spans, percents as $N\\%$" => new(HtmlBody: true),
        "MinerU, percents written a token at a time" => new(Percents: "tokens", HtmlBody: true),
        "thead/tbody over many lines, <br> in long cells, &nbsp; for blanks" => new(Percents: "", Sections: true, LineBreaks: true, Nbsp: true),
        "tables split at a page break, header repeated" => new(Split: "repeat", Sections: true),
        "tables split at a page break, header not repeated" => new(Split: "plain"),
        "title, 公开0N表, 部门, 年度, 单位 and notes as rows merged across the table" => new(Captions: true),
        "every cell merged over two grid columns" => new(GridColumns: 2, Captions: true),
        "pandoc grid tables" => new(Percents: "", GridTable: 1000),
        "pandoc grid tables, long labels wrapped over lines" => new(Percents: "", GridTable: 8),
        "docling: pipe tables repeating merged header cells, bold lines for headings" => new(Pipes: true, BoldHeadings: true),
        "MinerU: signs, percents and units in LaTeX in text and cells" => new(Percents: "units", LatexCells: true, HtmlBody: true),
        "empty cells as “—”, pictures and page numbers between tables" => new(Blank: "—", Furniture: true),
        "empty cells as “-” in pipe tables" => new(Pipes: true, Blank: "-"),
        "pandoc: escaped item numbers and brackets, pipe tables" => new(Percents: "", Pipes: true, Escapes: true),
        "MinerU: amounts in math, totals in bold, body labels spanning the columns beside them" => new(HtmlBody: true, LatexAmounts: true, BodySpans: true),
        "narrow cells: amounts wrapped by <br>, blanks as “$-$”" => new(Sections: true, SplitAmounts: true, Blank: "$-$"),
        "marker: pipe tables with the header rows joined in one line by <br>" => new(Pipes: true, HeaderLine: true),
        "marker: pipe tables with one header line, amounts in math, totals in bold" => new(Pipes: true, HeaderLine: true, LatexAmounts: true),
        "split tables continued under a “续表” line, header repeated" => new(Split: "repeat", Continuation: "续表", Sections: true),
        "split tables continued under a “## 续表” heading, header not repeated" => new(Split: "plain", Continuation: "## 续表", HtmlBody: true),
        "Word HTML: <p> in every cell, empty <th> header cells, no spans" => new(Sections: true, CellParagraphs: true, NoSpans: true),
        "captions taken for headings of different levels" => new(CaptionHeadings: true),
        "MinerU: the table cut out as a picture over it" => new(Picture: "![](images/table.jpg)", HtmlBody: true, LatexAmounts: true),
        "docling: <!-- image --> over each table, pipe tables" => new(Picture: "<!-- image -->", Pipes: true),
        "HTML entities in running text, &nbsp; in blank cells" => new(Entities: true, Nbsp: true),
        "GFM pipe tables without end bars, “:---:” delimiters" => new(Pipes: true, OpenBars: true),
        "MinerU: footnote marks inside the totals' math, amounts in text as $N$\\text{万元}" => new(HtmlBody: true, LatexAmounts: true, SpanFootnotes: true, TextAmounts: true),
        "Word HTML: thead/tbody, <p><span style> in cells, <br/> between spans" => new(Sections: true, SpanStyles: true),
        "each HTML cell on its own line, row headers as <th scope=row>" => new(Sections: true, CellLines: true, RowHeaders: true),
        "HTML tables split by the page number printed at the foot of the page" => new(Split: "plain", PageBreak: "footer"),
        "pipe tables split by the page number printed at the foot of the page" => new(Pipes: true, Split: "plain", PageBreak: "footer"),
        "full-width ％ in cells, pipe tables" => new(Pipes: true, CellPercents: "％"),
        "percent signs left out of cells" => new(CellPercents: "none"),
        "100% in cells as 百分之百, pipe tables" => new(Pipes: true, CellPercents: "百分之"),
        "table titles as <caption>" => new(Caption: true, Sections: true),
        "old Word/WPS HTML: capital tags, <COLGROUP>, <FONT> in cells" => new(OldHtml: true),
        "thead/tbody, <br> in long cells, zeros as “-”" => new(Sections: true, LineBreaks: true, Zero: "-"),
        "pipe tables repeating merged header cells, zeros as “—”" => new(Pipes: true, BoldHeadings: true, Zero: "—"),
        "MinerU: html/body, zeros left blank" => new(HtmlBody: true, Zero: ""),
        "docling: pipe tables repeating merged body cells on every row they cover" => new(Pipes: true, BoldHeadings: true, RepeatMerged: true),
        "pandoc/MinerU: thead/tbody, <br> in long cells, &nbsp; for blanks, amounts grouped in full-width digits" =>
            new(Percents: "", Sections: true, LineBreaks: true, Nbsp: true, Digits: "grouped full-width"),
        "marker: pipe tables, amounts with thousands separators" => new(Pipes: true, Digits: "grouped"),
        _ => throw new ArgumentException(name),
    };
}

/// <summary>
/// Writes a text document (tab-separated tables) as a converter would: each run of tab-separated lines becomes
/// HTML; header rows (before the first row with an amount) merge their empty cells — into the filled cell above
/// (rowspan), else, over columns labelled further down, into the filled cell to the left (colspan).
/// </summary>
internal static class ConvertedMarkdown
{
    public static string Write(string text, ConverterStyle style)
    {
        var items = Items(text, style.CellPercents);
        var output = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { Rows: { } rows } table)
            {
                var line = style.BoldHeadings ? Regex.Replace(items[i].Line!, @"^#+\s*(\*\*.+\*\*)\s*$", "$1") : items[i].Line!;
                line = style.Escapes ? Escaped(Percents(line, style.Percents)) : Percents(line, style.Percents);
                if (style.TextAmounts) line = MathAmounts(line);
                output.Add(style.Entities ? Entities(line) : line);
                continue;
            }
            if (style.CaptionHeadings) Headings(output);
            if (style.Picture.Length > 0) output.Add($"\n{style.Picture}\n");
            var title = style.Caption ? TakeTitle(output) : null;
            var captions = new List<string>();
            var notes = new List<string>();
            if (style.Captions)
            {
                while (output.Count > 0 && output[^1] is var last && last.Length <= MaxCaption)
                {
                    output.RemoveAt(output.Count - 1);
                    if (last.Length > 0) captions.Insert(0, last.TrimStart('#', ' '));
                    if (last.StartsWith('#')) break;
                }
                while (notes.Count == 0 && i + 1 < items.Count && items[i + 1].Line is { } next && (next.Length == 0 || next.StartsWith("注：", StringComparison.Ordinal)))
                {
                    if (next.Length > 0) notes.Add(next);
                    i++;
                }
            }
            var pageBreak = style.PageBreak == "footer" ? $"— {i} —" : style.PageBreak;
            output.Add(style.GridTable > 0 ? Grid(rows, style.GridTable) : style.Pipes ? Pipes(rows, table.HeaderRows, style, pageBreak) : Tables(rows, table.HeaderRows, captions, notes, style, pageBreak, title));
            if (style.Furniture) output.Add($"\n![](images/{i:x4}c0ffee.jpg)\n\n- {i} -\n");
        }
        return string.Join('\n', output);
    }

    /// <summary>The caption lines over a table (after its title heading) made headings, each a level deeper than the one above.</summary>
    private static void Headings(List<string> output)
    {
        var captions = new List<int>();
        for (var k = output.Count - 1; k >= 0 && output[k].Length <= MaxCaption && !output[k].StartsWith('#'); k--)
            if (output[k].Length > 0) captions.Insert(0, k);
        foreach (var (k, level) in captions.Select((k, n) => (k, 2 + n % 5))) output[k] = new string('#', level) + " " + output[k];
    }

    /// <summary>The heading over a table (the last in <paramref name="output"/>, a caption's length at most, with only short lines after it) taken out of the text.</summary>
    private static string? TakeTitle(List<string> output)
    {
        for (var k = output.Count - 1; k >= 0 && output[k].Length <= MaxCaption; k--)
        {
            if (!output[k].StartsWith('#')) continue;
            var title = output[k].TrimStart('#', ' ');
            output.RemoveAt(k);
            return title;
        }
        return null;
    }

    /// <summary>Amounts before “万元” in math, the unit after the span in “\text{…}”.</summary>
    private static string MathAmounts(string line) => Regex.Replace(line, @"(\d[\d,]*\.\d+)\s*万元", @"$$$1$$\text{万元}");

    /// <summary>A table cell's percent as <see cref="ConverterStyle.CellPercents"/> writes it.</summary>
    private static string CellPercent(string cell, string style) => style switch
    {
        "％" => cell.Replace('%', '％'),
        "none" => Regex.Replace(cell, @"^(\d+(?:\.\d+)?)%$", "$1"),
        "百分之" => cell == "100%" ? "百分之百" : cell,
        _ => cell,
    };

    /// <summary>A line with its spaces between words as “&amp;nbsp;” and its curly quotes as named entities.</summary>
    private static string Entities(string line) =>
        Regex.Replace(line, @"(?<=[^\s#]) (?=\S)", "&nbsp;").Replace("“", "&ldquo;").Replace("”", "&rdquo;");

    /// <summary>Lines over a table this short (a title, “公开01表”, “金额单位：万元”) are its captions.</summary>
    private const int MaxCaption = 30;

    /// <summary>A line of text, or a table's rows and, when known otherwise than from its amounts, how many of them are its header.</summary>
    private sealed record Item(string? Line, List<string[]>? Rows, int? HeaderRows = null);

    private static List<Item> Items(string text, string percents)
    {
        var items = new List<Item>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (OneCellLines(lines, i) is var end and > 0)
            {
                var rows = OneCellRows(lines[i..end], percents);
                // Its header is the first row of several cells (under a title cell): its scores are whole numbers, no amounts.
                items.Add(new Item(null, rows, rows.FindIndex(r => r.Length > 1) + 1));
                i = end - 1;
            }
            else if (!line.Contains('\t')) items.Add(new Item(line, null));
            else if (items.Count > 0 && items[^1].Rows is { } rows) rows.Add(Cells(line, percents));
            else items.Add(new Item(null, [Cells(line, percents)]));
        }
        return items;
    }

    /// <summary>A line of a table flattened one cell a line (“\t35”), as text taken from a Word table writes it (seed 001).</summary>
    private static bool IsOneCell(string line) => line.StartsWith('\t') && line.IndexOf('\t', 1) < 0;

    /// <summary>
    /// Where a table flattened one cell a line that starts at <paramref name="start"/> ends (after its last cell line), or 0 when
    /// none starts there: three cell lines at least, its rows apart by one blank line.
    /// </summary>
    private static int OneCellLines(string[] lines, int start)
    {
        if (!IsOneCell(lines[start]) || (start > 0 && IsOneCell(lines[start - 1]))) return 0;
        var end = start;
        while (end < lines.Length && (IsOneCell(lines[end]) || (lines[end].Length == 0 && end + 1 < lines.Length && IsOneCell(lines[end + 1])))) end++;
        return lines[start..end].Count(IsOneCell) >= 3 ? end : 0;
    }

    /// <summary>The rows of a table flattened one cell a line: the cells of a row are the lines up to the next blank one.</summary>
    private static List<string[]> OneCellRows(IEnumerable<string> lines, string percents)
    {
        var rows = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            if (IsOneCell(line)) rows[^1].Add(Cells(line, percents)[1]);
            else rows.Add([]);
        }
        return rows.Select(r => r.ToArray()).ToList();
    }

    private static string[] Cells(string line, string percents) => line.Split('\t').Select(c => CellPercent(Regex.Replace(c, "</?b>", ""), percents)).ToArray();

    /// <summary>A grid table: a rule under each row (“=” under the first), each cell's text in pieces of at most <paramref name="wrap"/> characters, a piece a line.</summary>
    private static string Grid(List<string[]> rows, int wrap)
    {
        var width = rows.Max(r => r.Length);
        var pieces = rows.Select(r => Enumerable.Range(0, width).Select(c => c < r.Length ? r[c].Chunk(wrap).Select(p => new string(p)).DefaultIfEmpty(string.Empty).ToList() : [string.Empty]).ToList()).ToList();
        var widths = Enumerable.Range(0, width).Select(c => pieces.Max(r => r[c].Max(Width)) + 2).ToList();
        string Rule(char c) => "+" + string.Join('+', widths.Select(w => new string(c, w))) + "+";
        var grid = new List<string> { Rule('-') };
        for (var r = 0; r < pieces.Count; r++)
        {
            for (var line = 0; line < pieces[r].Max(cell => cell.Count); line++)
                grid.Add("|" + string.Join('|', pieces[r].Select((cell, c) => line < cell.Count ? " " + cell[line] + new string(' ', widths[c] - Width(cell[line]) - 1) : new string(' ', widths[c]))) + "|");
            grid.Add(Rule(r == 0 ? '=' : '-'));
        }
        return string.Join('\n', grid);
    }

    /// <summary>Columns a text takes in a monospaced font: two for a Chinese character.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);

    private static string Percents(string line, string style) => style switch
    {
        "latex" => Regex.Replace(line, @"(\d+(?:\.\d+)?)%", "$$$1\\%$$"),
        "tokens" => Regex.Replace(line, @"(\d+(?:\.\d+)?)%", m => "$" + string.Join(' ', m.Groups[1].Value.ToCharArray()) + " \\%$"),
        "units" => Regex.Replace(Percents(line, "latex"), @"(\d[\d,]*\.\d+)\s*万元", "$$$1 \\mathrm{万元}$$"),
        _ => line,
    };

    private static string Tables(List<string[]> rows, int? header, List<string> captions, List<string> notes, ConverterStyle style, string pageBreak, string? title)
    {
        var width = rows.Max(r => r.Length);
        rows = rows.Select(r => r.Concat(Enumerable.Repeat(string.Empty, width - r.Length)).ToArray()).ToList();
        var headerRows = header ?? rows.TakeWhile(r => !r.Any(IsAmount)).Count();
        // A table flattened one cell a line lost its merged cells to blanks under the header too: they are merged again wherever they are.
        var owners = Merge(rows, style.NoSpans ? 0 : header is null ? headerRows : rows.Count, style.BodySpans);
        var html = rows.Select((_, r) => Row(rows, owners, r, r < headerRows && style.Sections, r >= headerRows, style)).ToList();
        var all = Enumerable.Range(0, rows.Count).ToList();
        if (style.Split.Length == 0 || rows.Count - headerRows <= 6)
            return Table(all, width, headerRows, html, captions, notes, style, title);
        var middle = headerRows + (rows.Count - headerRows) / 2;
        var second = (style.Split == "repeat" ? all.Take(headerRows) : []).Concat(all.Skip(middle)).ToList();
        return Table(all.Take(middle).ToList(), width, headerRows, html, captions, [], style, title)
            + $"\n\n{pageBreak}\n\n" + (style.Continuation.Length > 0 ? style.Continuation + "\n\n" : string.Empty)
            + Table(second, width, style.Split == "repeat" ? headerRows : 0, html, [], notes, style, null);
    }

    private static string Table(List<int> rows, int width, int headerRows, List<string> html, List<string> captions, List<string> notes, ConverterStyle style, string? title)
    {
        var separator = style.Sections || style.CellLines || style.OldHtml ? "\n" : string.Empty;
        string Caption(string text) => $"<tr><td colspan=\"{width * style.GridColumns}\">{WebUtility.HtmlEncode(text)}</td></tr>";
        var body = new StringBuilder(style.OldHtml ? $"<TABLE border=1 cellSpacing=0 cellPadding=0 width=\"100%\">\n<COLGROUP>{string.Concat(Enumerable.Repeat("<COL width=96>", width))}</COLGROUP>" : "<table>").Append(separator);
        if (title is not null) body.Append("<caption>").Append(WebUtility.HtmlEncode(title)).Append("</caption>").Append(separator);
        body.AppendJoin(separator, captions.Select(Caption)).Append(captions.Count > 0 ? separator : string.Empty);
        if (style.Sections && headerRows > 0)
            body.Append("<thead>").Append(separator).AppendJoin(separator, rows.Take(headerRows).Select(r => html[r])).Append(separator).Append("</thead>").Append(separator).Append("<tbody>").Append(separator);
        body.AppendJoin(separator, rows.Skip(style.Sections ? headerRows : 0).Select(r => html[r]));
        if (style.Sections && headerRows > 0) body.Append(separator).Append("</tbody>");
        body.Append(separator).AppendJoin(separator, notes.Select(Caption)).Append(style.OldHtml ? "</TABLE>" : "</table>");
        return style.HtmlBody ? $"<html><body>{body}</body></html>" : body.ToString();
    }

    /// <summary>A line as pandoc escapes it: an item number's dot and square brackets.</summary>
    private static string Escaped(string line) => Regex.Replace(line, @"^(\d+)\. ", @"$1\. ").Replace("[", @"\[").Replace("]", @"\]");

    /// <summary>A cell with a percent or a sign in LaTeX, a token at a time; any other cell as it is.</summary>
    private static string Latex(string text)
    {
        var m = Regex.Match(text, @"^([≥≤]?)(\d[\d,]*(?:\.\d+)?)(%?)(\D*)$");
        if (!m.Success || m.Groups[1].Length + m.Groups[3].Length == 0) return text;
        var sign = m.Groups[1].Value switch { "≥" => @"\geq ", "≤" => @"\leq ", _ => "" };
        var unit = m.Groups[4].Length > 0 ? @"\mathrm{" + m.Groups[4].Value + "}" : "";
        return "$" + sign + string.Join(' ', m.Groups[2].Value.ToCharArray()) + (m.Groups[3].Length > 0 ? @" \%" : "") + unit + "$";
    }

    /// <summary>A GFM pipe table: the rule under the first row; a merged header cell's text in every cell it covers.</summary>
    private static string Pipes(List<string[]> rows, int? header, ConverterStyle style, string pageBreak)
    {
        var width = rows.Max(r => r.Length);
        rows = rows.Select(r => r.Concat(Enumerable.Repeat(string.Empty, width - r.Length)).ToArray()).ToList();
        // The header ends at the first amount or at the 合计 row of an empty table.
        var headerRows = header ?? rows.TakeWhile(r => !r.Any(IsAmount) && string.Concat(r).Replace(" ", "") is not ("合计" or "总计")).Count();
        var owners = Merge(rows, headerRows, bodySpans: false);
        if (style.RepeatMerged) RepeatDown(rows, headerRows, owners);
        var lines = rows.Select((row, r) => "| " + string.Join(" | ", row.Select((_, c) => owners[(r, c)].Text is { Length: 0 } && r >= headerRows ? style.Blank
            : r >= headerRows ? Figure(Zeroed(owners[(r, c)].Text, style), IsTotal(row), style) : owners[(r, c)].Text)) + " |").ToList();
        if (style.HeaderLine && headerRows > 1)
        {
            var joined = Enumerable.Range(0, width).Select(c => string.Join("<br>", Enumerable.Range(0, headerRows).Select(r => owners[(r, c)]).Distinct().Select(o => o.Text).Where(t => t.Length > 0)));
            lines = lines.Skip(headerRows).Prepend("| " + string.Join(" | ", joined) + " |").ToList();
        }
        lines.Insert(1, "|" + string.Concat(Enumerable.Repeat(" --- |", width)));
        if (style.OpenBars) lines = lines.Select(l => l.Replace(" --- ", " :---: ")[2..^2]).ToList();
        if (style.Split.Length > 0 && lines.Count - headerRows > 8) lines.Insert(headerRows + (lines.Count - headerRows) / 2, $"\n{pageBreak}\n");
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Under the header, each blank before a row's first filled cell takes the text of the cell above it (itself filled or
    /// taken), the cell a merged label covers down its column.
    /// </summary>
    private static void RepeatDown(List<string[]> rows, int headerRows, Dictionary<(int Row, int Column), Merged> owners)
    {
        for (var r = Math.Max(headerRows, 1); r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length && rows[r][c].Length == 0 && !rows[r].All(t => t.Length == 0); c++)
                if (owners[(r - 1, c)] is { Text.Length: > 0 } above && !IsAmount(above.Text)) owners[(r, c)] = above;
    }

    private sealed class Merged(string text)
    {
        public string Text { get; } = text;
        public int Rows { get; set; } = 1;
        public int Columns { get; set; } = 1;
    }

    /// <summary>
    /// Header cells merged as <see cref="ConvertedMarkdown"/> says; with <paramref name="bodySpans"/>, under the header, an empty
    /// cell right of a label (a text with no digit) merged into it.
    /// </summary>
    private static Dictionary<(int Row, int Column), Merged> Merge(List<string[]> rows, int headerRows, bool bodySpans)
    {
        var owners = new Dictionary<(int Row, int Column), Merged>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (r < headerRows && rows[r][c].Length == 0 && Owner(owners, r - 1, c) is { Columns: 1 } above)
                {
                    above.Rows++;
                    owners[(r, c)] = above;
                }
                else if (r < headerRows && rows[r][c].Length == 0 && c > 0 && owners.TryGetValue((r, c - 1), out var left) && left.Rows == 1
                         && rows.Take(headerRows).Skip(r + 1).Any(below => below[c].Length > 0))
                {
                    left.Columns++;
                    owners[(r, c)] = left;
                }
                else if (bodySpans && r >= headerRows && rows[r][c].Length == 0 && c > 0 && owners[(r, c - 1)] is { Text.Length: > 0 } label && !label.Text.Any(char.IsAsciiDigit))
                {
                    label.Columns++;
                    owners[(r, c)] = label;
                }
                else owners[(r, c)] = new Merged(rows[r][c]);
            }
        }
        return owners;
    }

    private static string Row(List<string[]> rows, Dictionary<(int Row, int Column), Merged> owners, int r, bool header, bool body, ConverterStyle style)
    {
        var (tr, td) = style.OldHtml ? ("TR", "TD") : ("tr", header ? "th" : "td");
        var line = style.CellLines ? "\n" : string.Empty;
        var html = new StringBuilder($"<{tr}>");
        var rowHeader = style.RowHeaders && body ? Array.FindIndex(rows[r], c => c.Length > 0 && !IsAmount(c)) : -1;
        for (var c = 0; c < rows[r].Length; c++)
        {
            var cell = owners[(r, c)];
            if ((c > 0 && owners[(r, c - 1)] == cell) || (r > 0 && Owner(owners, r - 1, c) == cell)) continue;
            var tag = c == rowHeader ? "th" : td;
            html.Append(line).Append('<').Append(tag).Append(c == rowHeader ? " scope=\"row\"" : string.Empty);
            if (cell.Rows > 1) html.Append(style.OldHtml ? $" rowSpan={cell.Rows}" : $" rowspan=\"{cell.Rows}\"");
            if (cell.Columns * style.GridColumns > 1) html.Append(style.OldHtml ? $" colSpan={cell.Columns * style.GridColumns}" : $" colspan=\"{cell.Columns * style.GridColumns}\"");
            var text = cell.Text.Length == 0 && body ? style.Blank : body ? Zeroed(cell.Text, style) : cell.Text;
            html.Append('>').Append(body ? Figure(Content(text, style), IsTotal(rows[r]), style) : Content(text, style)).Append("</").Append(tag).Append('>');
        }
        return html.Append(line).Append($"</{tr}>").ToString();
    }

    private static string Content(string text, ConverterStyle style)
    {
        if (style.OldHtml) return text.Length == 0 ? "&nbsp;" : $"<FONT face=宋体 size=2>{Encoded(text, style)}</FONT>";
        if (style.SpanStyles) return Spans(text, style);
        if (!style.CellParagraphs) return Encoded(text, style);
        if (text.Length < 10 || IsAmount(text)) return $"<p>{Encoded(text, style)}</p>";
        return $"<p>{Encoded(text[..(text.Length / 2)], style)}</p><p>{Encoded(text[(text.Length / 2)..], style)}</p>";
    }

    /// <summary>A cell's text in a paragraph of styled spans; a long label in two spans parted by a line break.</summary>
    private static string Spans(string text, ConverterStyle style)
    {
        const string span = "<span style=\"font-family:宋体;font-size:9.0pt\">";
        if (text.Length == 0) return "<p><span style=\"font-size:9.0pt\"></span></p>";
        if (text.Length < 10 || IsAmount(text)) return $"<p align=\"center\">{span}{Encoded(text, style)}</span></p>";
        return $"<p>{span}{Encoded(text[..(text.Length / 2)], style)}</span><br/>{span}{Encoded(text[(text.Length / 2)..], style)}</span></p>";
    }

    private static string Encoded(string text, ConverterStyle style)
    {
        if (text.Length == 0) return style.Nbsp ? "&nbsp;" : string.Empty;
        if (style.LatexCells) text = Latex(text);
        if (style.LineBreaks && text.Length >= 10 && !IsAmount(text))
            return WebUtility.HtmlEncode(text[..(text.Length / 2)]) + "<br>" + WebUtility.HtmlEncode(text[(text.Length / 2)..]);
        return WebUtility.HtmlEncode(text);
    }

    /// <summary>A row of totals: its label holds 合计 or 总计.</summary>
    private static bool IsTotal(string[] row) => row.Any(c => c.Replace(" ", "").Contains("合计", StringComparison.Ordinal) || c.Replace(" ", "").Contains("总计", StringComparison.Ordinal));

    /// <summary>A body cell as <see cref="ConverterStyle.LatexAmounts"/> and <see cref="ConverterStyle.SplitAmounts"/> write it.</summary>
    private static string Figure(string text, bool total, ConverterStyle style)
    {
        if (IsAmount(text)) text = Written(text, style.Digits);
        if (!IsAmount(text)) return style.LatexAmounts && total && text.Length > 0 && !text.StartsWith('$') ? @"\textbf{" + text + "}" : text;
        if (style.LatexAmounts) return total ? @"$\mathbf{" + text + "}" + (style.SpanFootnotes ? "^{1}" : "") + "$" : "$" + text + "$";
        return style.SplitAmounts && text.Length >= 6 ? text[..(text.Length / 2)] + "<br>" + text[(text.Length / 2)..] : text;
    }

    /// <summary>An amount as <see cref="ConverterStyle.Digits"/> writes it.</summary>
    private static string Written(string amount, string digits)
    {
        var value = decimal.Parse(amount.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        var text = digits.Contains("grouped", StringComparison.Ordinal) ? value.ToString("N" + value.Scale, System.Globalization.CultureInfo.InvariantCulture) : amount;
        return digits.Contains("full-width", StringComparison.Ordinal) ? new string(text.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c).ToArray()) : text;
    }

    /// <summary>An amount of zero as <see cref="ConverterStyle.Zero"/> writes it; any other text as it is.</summary>
    private static string Zeroed(string text, ConverterStyle style) =>
        style.Zero is { } zero && IsAmount(text) && decimal.Parse(text.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) == 0m ? zero : text;

    private static bool IsAmount(string text) => text.Contains('.') && decimal.TryParse(text.Replace(",", ""), out _);

    private static Merged? Owner(Dictionary<(int Row, int Column), Merged> owners, int row, int column) =>
        owners.TryGetValue((row, column), out var owner) && owner.Text.Length > 0 ? owner : null;
}
