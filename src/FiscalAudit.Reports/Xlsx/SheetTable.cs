namespace FiscalAudit.Reports.Xlsx;

/// <summary>How a column's cells look: plain, wrapped prose, centred codes, whole numbers, or amounts (numbers as printed, text otherwise).</summary>
internal enum ColumnKind
{
    Text,
    Wrap,
    Center,
    Integer,
    Amount,
}

/// <summary>A column: its header, how its cells look, the widest it may get (in characters), and whether it can be folded away.</summary>
internal sealed record SheetColumn(string Header, ColumnKind Kind, int MaxWidth = 30, bool Foldable = false);

/// <summary>
/// One sheet as a bureau sends it out: a title line, a header row, then rows of values (string, int,
/// decimal or null). Rows of alternate <see cref="Band"/>s are shaded so that blocks (one document's
/// rows) stand apart.
/// </summary>
internal sealed class SheetTable
{
    /// <summary>Excel keeps at most this many characters in a cell.</summary>
    public const int MaxCellText = 32767;

    private readonly List<(object?[] Values, int Band)> rows = new();

    public SheetTable(string name, string title, IReadOnlyList<SheetColumn> columns)
    {
        Name = name;
        Title = title;
        Columns = columns;
    }

    public string Name { get; }

    public string Title { get; }

    public IReadOnlyList<SheetColumn> Columns { get; }

    public IReadOnlyList<(object?[] Values, int Band)> Rows => rows;

    /// <summary>Adds a row; <paramref name="band"/> 0 or 1 (shaded).</summary>
    public void Add(int band, params object?[] values)
    {
        if (values.Length != Columns.Count) throw new ArgumentException($"Sheet {Name} has {Columns.Count} columns, row has {values.Length}.", nameof(values));
        rows.Add((values, band));
    }
}
