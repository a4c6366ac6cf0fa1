namespace FiscalAudit.Tests.Support;

/// <summary>
/// The same text with its tab-separated tables drawn with box characters, as PDF/Word-to-text tools print them and as
/// people paste tables into .txt disclosures: a rule over, between and under the rows, a bar between the cells, columns
/// padded by display width (a CJK character two columns; a box character one, or two as a CJK font draws it).
/// </summary>
public static class BoxDrawing
{
    /// <summary>A set of box characters: the corners and junctions of the top, middle and bottom rules, its horizontal and its bar.</summary>
    public sealed record Style(string Top, string Middle, string Bottom, char Horizontal, char Bar);

    public static readonly Style Single = new("┌┬┐", "├┼┤", "└┴┘", '─', '│');

    public static readonly Style Double = new("╔╦╗", "╠╬╣", "╚╩╝", '═', '║');

    public static readonly Style Ascii = new("+++", "+++", "+++", '-', '|');

    /// <summary>
    /// <paramref name="text"/> with every run of tab-separated lines drawn as a box table. With <paramref name="merge"/> a
    /// label of a header row followed by blank cells over the labels of the header row below (“收 入” over 项目, 行次, 金额)
    /// is one cell spanning them (the header rows: those above the row over the first with a number); a cell longer
    /// than <paramref name="wrapAt"/> characters is wrapped over two lines of its row (0: never). With
    /// <paramref name="wideBoxes"/> the box characters take two columns.
    /// </summary>
    public static string Draw(string text, Style style, bool merge = false, int wrapAt = 0, bool wideBoxes = false)
    {
        var result = new List<string>();
        var table = new List<string[]>();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.Contains('\t'))
            {
                table.Add(line.Split('\t'));
                continue;
            }
            if (table.Count > 0) result.AddRange(Box(table, style, merge, wrapAt, wideBoxes ? 2 : 1));
            table.Clear();
            result.Add(line);
        }
        if (table.Count > 0) result.AddRange(Box(table, style, merge, wrapAt, wideBoxes ? 2 : 1));
        return string.Join('\n', result);
    }

    private static IEnumerable<string> Box(List<string[]> rows, Style style, bool merge, int wrapAt, int box)
    {
        var count = rows.Max(r => r.Length);
        var body = rows.FindIndex(r => r.Any(IsNumber));
        var cells = rows.Select((r, k) => Spans(r, count, merge && k + 1 < rows.Count && (body < 0 || k + 1 < body) ? rows[k + 1] : null)).ToList();
        var widths = Enumerable.Range(0, count).Select(c => rows.Max(r => c < r.Length ? Lines(r[c], wrapAt).Max(Width) : 0) + 2).Select(w => w + w % box).ToArray();
        yield return Rule(style.Top, style.Horizontal, box, widths, cells[0]);
        for (var r = 0; r < rows.Count; r++)
        {
            var height = cells[r].Max(c => Lines(c.Text, wrapAt).Count);
            for (var k = 0; k < height; k++)
                yield return style.Bar + string.Concat(cells[r].Select(c =>
                {
                    var lines = Lines(c.Text, wrapAt);
                    var width = widths.Skip(c.Column).Take(c.Span).Sum() + (c.Span - 1) * box;
                    var part = k < lines.Count ? lines[k] : string.Empty;
                    return " " + part + new string(' ', width - 1 - Width(part)) + style.Bar;
                }));
            yield return r + 1 < rows.Count ? Rule(style.Middle, style.Horizontal, box, widths, cells[r], cells[r + 1]) : Rule(style.Bottom, style.Horizontal, box, widths, cells[r]);
        }
    }

    /// <summary>
    /// The cells of a row: each on its own, or, over the header row <paramref name="below"/>, a label with the blank cells
    /// after it that head a column below (a group label over its columns' labels).
    /// </summary>
    private static List<(string Text, int Column, int Span)> Spans(string[] row, int count, string[]? below)
    {
        var cells = new List<(string Text, int Column, int Span)>();
        for (var c = 0; c < count; c++)
        {
            var text = c < row.Length ? row[c] : string.Empty;
            if (below is not null && c < below.Length && below[c].Trim().Length > 0 && text.Length == 0 && cells.Count > 0 && cells[^1].Text.Length > 0) cells[^1] = cells[^1] with { Span = cells[^1].Span + 1 };
            else cells.Add((text, c, 1));
        }
        return cells;
    }

    /// <summary>A rule: <paramref name="box"/> columns to each of its characters, a junction where a cell of the row above or below starts, a corner at either end.</summary>
    private static string Rule(string junctions, char horizontal, int box, int[] widths, params List<(string Text, int Column, int Span)>[] rows)
    {
        var starts = rows.SelectMany(r => r.Select(c => c.Column)).ToHashSet();
        var line = new System.Text.StringBuilder().Append(junctions[0]);
        for (var c = 0; c < widths.Length; c++)
        {
            line.Append(horizontal, widths[c] / box);
            line.Append(c + 1 == widths.Length ? junctions[2] : starts.Contains(c + 1) ? junctions[1] : horizontal);
        }
        return line.ToString();
    }

    /// <summary>A cell's text on its lines: wrapped in two halves when longer than <paramref name="wrapAt"/> characters.</summary>
    private static List<string> Lines(string text, int wrapAt) =>
        wrapAt > 0 && text.Length > wrapAt && !text.Any(char.IsAsciiDigit) && !text.Contains('<') ? [text[..(text.Length / 2)], text[(text.Length / 2)..]] : [text];

    private static bool IsNumber(string cell) => decimal.TryParse(cell.Replace(",", string.Empty), System.Globalization.CultureInfo.InvariantCulture, out _);

    private static int Width(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);
}
