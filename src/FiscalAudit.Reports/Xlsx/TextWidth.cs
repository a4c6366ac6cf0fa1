namespace FiscalAudit.Reports.Xlsx;

/// <summary>Column widths in Excel character units: a Chinese character takes two.</summary>
internal static class TextWidth
{
    /// <summary>The width of the widest line.</summary>
    public static int Of(string text) => text.Split('\n').Max(Line);

    /// <summary>How many lines the text takes when wrapped in a column <paramref name="width"/> characters wide.</summary>
    public static int Lines(string text, double width) =>
        text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(Line(line) / Math.Max(1, width))));

    private static int Line(string line)
    {
        var width = 0;
        foreach (var c in line) width += c >= '\u2E80' ? 2 : 1;
        return width;
    }
}
