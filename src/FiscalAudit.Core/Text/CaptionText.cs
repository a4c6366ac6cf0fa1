using System.Globalization;

namespace FiscalAudit.Core.Text;

/// <summary>
/// The captions a department prints on one line over a table, spread over its width
/// (“部门：…　　2020年度　　金额单位：万元”): the line opens with a label, a colon and what it names. Such a
/// line is text, not a row of the table, in a print without ruling lines and in a sheet alike. A header cell
/// “其中：财政拨款” names a part of the column before it; it is no caption. A table whose first row holds them
/// (“单位名称：… | 金额单位：万元” in cells of the table, as Word and spreadsheet authors and converters set them) has them over
/// its header, not in it.
/// </summary>
public static class CaptionText
{
    private static readonly char[] Colons = ['：', ':'];

    /// <summary>How a table names a part of the line before it (“其中：”).</summary>
    private const string PartOf = "其中";

    /// <summary>True when <paramref name="first"/>, the line's first text, is a label, a colon and what it names.</summary>
    public static bool OpensWithLabel(string first)
    {
        var text = first.Trim();
        var colon = text.IndexOfAny(Colons);
        return colon > 0 && colon < text.Length - 1 && !text.StartsWith(PartOf, StringComparison.Ordinal);
    }

    /// <summary>True when the texts of a row's filled cells, in order, are captions spread over it: the first opens with a label, none is a figure.</summary>
    public static bool IsCaptionRow(IReadOnlyList<string> filled) =>
        filled.Count > 0 && OpensWithLabel(filled[0])
        && !filled.Any(t => decimal.TryParse(t.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out _));
}
