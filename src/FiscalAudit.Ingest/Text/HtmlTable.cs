using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// Reads an HTML &lt;table&gt; — as Markdown converted from PDF or Word carries them, on one line or many —
/// into a grid: each cell at its column after the cells that rows above span down into, with its row and
/// column spans. Closing tags may be missing; every cell keeps the line it starts on.
/// </summary>
internal static partial class HtmlTable
{
    [GeneratedRegex(@"<tr\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"<(td|th)\b([^>]*)>(.*?)(?=</t[dh]\s*>|<t[dh]\b|</tr\s*>|</table\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"\b(rowspan|colspan)\s*=\s*[""']?\s*(\d{1,4})", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"<t[dh]\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellStart();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>A span beyond this is taken for a typing error, not a table that wide.</summary>
    private const int MaxSpan = 200;

    public static bool Opens(string line) => line.Contains("<table", StringComparison.OrdinalIgnoreCase);

    public static bool Closes(string line) => line.Contains("</table", StringComparison.OrdinalIgnoreCase);

    /// <summary>The line as a reader sees it: cells separated by tabs (an empty cell keeps its place), no tags.</summary>
    public static string PlainText(string line)
    {
        var parts = CellStart().Split(line).Select(Text).ToList();
        return string.Join('\t', parts[0].Length > 0 ? parts : parts.Skip(1)).TrimEnd('\t');
    }

    /// <summary>The table written on <paramref name="lines"/>; null when it has no row.</summary>
    public static TableBlock? Read(IReadOnlyList<(string Text, SourceLocation Location)> lines)
    {
        var text = string.Join('\n', lines.Select(l => l.Text));
        var lineStarts = new List<int>(lines.Count);
        for (int i = 0, offset = 0; i < lines.Count; offset += lines[i].Text.Length + 1, i++) lineStarts.Add(offset);
        SourceLocation At(int offset)
        {
            var k = lineStarts.BinarySearch(offset);
            return lines[Math.Max(0, k < 0 ? ~k - 1 : k)].Location;
        }

        var starts = RowStart().Matches(text);
        var occupied = new HashSet<(int Row, int Column)>();
        var rows = new List<SourceRow>();
        for (var r = 0; r < starts.Count; r++)
        {
            var from = starts[r].Index + starts[r].Length;
            var to = r + 1 < starts.Count ? starts[r + 1].Index : text.Length;
            var cells = new List<SourceCell>();
            var column = 0;
            foreach (Match cell in Cell().Matches(text[from..to]))
            {
                while (occupied.Contains((r, column))) column++;
                var (rowSpan, columnSpan) = Spans(cell.Groups[2].Value);
                rowSpan = Math.Min(rowSpan, starts.Count - r);
                cells.Add(new SourceCell(Text(cell.Groups[3].Value), column, At(from + cell.Index), columnSpan, rowSpan));
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < columnSpan; dc++)
                        occupied.Add((r + dr, column + dc));
                column += columnSpan;
            }
            rows.Add(new SourceRow(cells, At(starts[r].Index)));
        }
        return rows.Count == 0 ? null : new TableBlock(rows, rows[0].Location.Through(rows[^1].Location));
    }

    private static (int Rows, int Columns) Spans(string attributes)
    {
        var (rows, columns) = (1, 1);
        foreach (Match m in Span().Matches(attributes))
        {
            var n = Math.Clamp(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 1, MaxSpan);
            if (m.Groups[1].Value.Equals("rowspan", StringComparison.OrdinalIgnoreCase)) rows = n;
            else columns = n;
        }
        return (rows, columns);
    }

    /// <summary>The text of a piece of HTML as a reader sees it: no tags, on one line, entities and light markup as <see cref="Markup"/> reads them.</summary>
    public static string Text(string html) => Markup.Clean(Tag().Replace(html, string.Empty).Replace('\n', ' '));
}
