using System.Text.RegularExpressions;

namespace FiscalAudit.Ingest.Text;

/// <summary>
/// The header line of a pipe table into which a converter joined the header rows of a table, each column's texts top to
/// bottom parted by &lt;br&gt; (“收入&lt;br&gt;项目&lt;br&gt;栏次 | 收入&lt;br&gt;行次 | 收入&lt;br&gt;金额&lt;br&gt;1”), split back into
/// rows: a column's texts from the top row down, but its column number (“1”), when it has fewer texts than the deepest
/// column, on the last row, where the 栏次 row holds the others.
/// </summary>
internal static partial class PipeHeaderLines
{
    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex ColumnNumber();

    /// <summary>The header rows the cells of a header line stand for; null when no cell holds two texts parted by a line break.</summary>
    public static List<string[]>? Split(string[] cells)
    {
        if (!cells.Any(c => Break().IsMatch(c))) return null;
        var parts = cells.Select(c => Break().Split(c).Select(Markup.Clean).Where(p => p.Length > 0).ToList()).ToList();
        var depth = parts.Max(p => p.Count);
        if (depth < 2) return null;
        var rows = Enumerable.Range(0, depth).Select(_ => new string[cells.Length]).ToList();
        for (var c = 0; c < cells.Length; c++)
        {
            var texts = parts[c];
            var numberLast = texts.Count is > 0 and var n && n < depth && ColumnNumber().IsMatch(texts[^1]);
            for (var r = 0; r < depth; r++) rows[r][c] = string.Empty;
            for (var r = 0; r < texts.Count - (numberLast ? 1 : 0); r++) rows[r][c] = texts[r];
            if (numberLast) rows[depth - 1][c] = texts[^1];
        }
        return rows;
    }
}
