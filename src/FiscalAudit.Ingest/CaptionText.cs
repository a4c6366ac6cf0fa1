namespace FiscalAudit.Ingest;

/// <summary>
/// The captions a department prints on one line over a table, spread over its width
/// (“部门：…　　2020年度　　金额单位：万元”): the line opens with a label, a colon and what it names. Such a
/// line is text, not a row of the table, in a print without ruling lines and in a sheet alike. A header cell
/// “其中：财政拨款” names a part of the column before it; it is no caption.
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
}
