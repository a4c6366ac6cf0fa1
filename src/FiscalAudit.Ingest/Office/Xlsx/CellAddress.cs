namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>A1-style cell references: 1-based row, 0-based column.</summary>
internal static class CellAddress
{
    /// <summary>Excel's last column (XFD) as a 0-based index.</summary>
    public const int MaxColumn = 16383;

    public static string Column(int column)
    {
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses "B7" into row 7, column 1; null when malformed or out of Excel's range.</summary>
    public static (int Row, int Column)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var i = 0;
        var column = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == reference.Length || column - 1 > MaxColumn) return null;
        if (!int.TryParse(reference.AsSpan(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) || row < 1)
            return null;
        return (row, column - 1);
    }

    /// <summary>Parses "A1:F2" (or a single cell) into its corners.</summary>
    public static ((int Row, int Column) First, (int Row, int Column) Last)? ParseRange(string? range)
    {
        var parts = (range ?? string.Empty).Split(':');
        if (parts.Length is < 1 or > 2) return null;
        var first = Parse(parts[0]);
        var last = Parse(parts[^1]);
        if (first is not { } a || last is not { } b || b.Row < a.Row || b.Column < a.Column) return null;
        return (a, b);
    }
}
