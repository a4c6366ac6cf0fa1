using System.Text.RegularExpressions;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Recognises a standard table title ("收入支出决算总表", "公开04表") in a short line of text. The
/// longest contained title wins, so "财政拨款收入支出决算总表" is T4, not T1.
/// </summary>
public static partial class TitleMatcher
{
    private const int MaxExtraCharacters = 24;

    [GeneratedRegex(@"公开\s*0?([1-9])\s*表")]
    private static partial Regex MarkerPattern();

    /// <summary>The schema whose marker ("公开0N表") the text carries.</summary>
    public static TableSchema? ByMarker(string text)
    {
        var m = MarkerPattern().Match(text);
        return m.Success ? TableSchema.Standard.FirstOrDefault(s => s.Id == "T" + m.Groups[1].Value) : null;
    }

    /// <summary>The schema whose title the text is (allowing a year, department or numbering around it).</summary>
    public static TableSchema? ByTitle(string text)
    {
        var normalized = HeaderText.Normalize(text);
        TableSchema? best = null;
        var bestLength = 0;
        foreach (var schema in TableSchema.Standard)
        {
            foreach (var title in schema.Titles)
            {
                if (title.Length > bestLength && normalized.Contains(title, StringComparison.Ordinal)
                    && normalized.Length <= title.Length + MaxExtraCharacters && !IsNote(normalized))
                {
                    best = schema;
                    bestLength = title.Length;
                }
            }
        }
        return best;
    }

    /// <summary>Notes ("注：本表反映…") mention table names without being titles.</summary>
    private static bool IsNote(string normalized) =>
        normalized.StartsWith("注", StringComparison.Ordinal) || normalized.StartsWith("说明", StringComparison.Ordinal)
        || normalized.Contains("本表", StringComparison.Ordinal);
}
