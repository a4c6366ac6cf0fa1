using DocumentFormat.OpenXml.Spreadsheet;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>One cell element of a sheet: its position (1-based row, 0-based column), value and title-like font.</summary>
internal sealed record GridCell(int Row, int Column, XlsxCellValue Value, bool Prominent)
{
    public bool IsEmpty => Value.Text.Length == 0;
}

/// <summary>A merged range: its top-left anchor and size.</summary>
internal sealed record MergedRange(int Row, int Column, int RowSpan, int ColumnSpan)
{
    public bool Covers(int row, int column) =>
        row >= Row && row < Row + RowSpan && column >= Column && column < Column + ColumnSpan;
}

/// <summary>The cells of one worksheet by row and column (hidden columns left out), with its merged ranges.</summary>
internal sealed class SheetGrid
{
    private const int MaxRow = 1_048_576;

    private readonly Dictionary<int, List<MergedRange>> mergesByRow = new();

    private SheetGrid(string name, SortedDictionary<int, SortedDictionary<int, GridCell>> rows, List<MergedRange> merges)
    {
        Name = name;
        Rows = rows;
        var lastRow = rows.Count == 0 ? 0 : rows.Keys.Max();
        foreach (var merge in merges)
        {
            for (var r = merge.Row; r < merge.Row + merge.RowSpan && r <= lastRow; r++)
            {
                if (!mergesByRow.TryGetValue(r, out var list)) mergesByRow[r] = list = new List<MergedRange>();
                list.Add(merge);
            }
        }
    }

    public string Name { get; }

    public SortedDictionary<int, SortedDictionary<int, GridCell>> Rows { get; }

    public static SheetGrid Read(string name, Worksheet worksheet, IReadOnlyList<string> sharedStrings, XlsxStyles styles)
    {
        var rows = new SortedDictionary<int, SortedDictionary<int, GridCell>>();
        var styleIndexes = new Dictionary<GridCell, uint?>(ReferenceEqualityComparer.Instance);
        var hidden = HiddenColumns(worksheet);
        var rowNumber = 0;
        foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? Enumerable.Empty<Row>())
        {
            rowNumber = row.RowIndex?.Value is uint r and > 0 and <= MaxRow ? (int)r : rowNumber + 1;
            if (rowNumber > MaxRow) break;
            if (!rows.TryGetValue(rowNumber, out var cells)) rows[rowNumber] = cells = new SortedDictionary<int, GridCell>();
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = CellAddress.Parse(cell.CellReference?.Value)?.Column ?? column + 1;
                if (column > CellAddress.MaxColumn) break;
                if (hidden.Contains(column)) continue;
                var read = new GridCell(rowNumber, column, XlsxCellValue.Read(cell, sharedStrings, styles), Prominent: false);
                cells[column] = read;
                if (!read.IsEmpty) styleIndexes[read] = cell.StyleIndex?.Value;
            }
        }
        MarkProminent(rows, styleIndexes, styles);
        var merges = new List<MergedRange>();
        foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            if (CellAddress.ParseRange(merge.Reference?.Value) is { } range)
                merges.Add(new MergedRange(range.First.Row, range.First.Column, range.Last.Row - range.First.Row + 1, range.Last.Column - range.First.Column + 1));
        }
        return new SheetGrid(name, rows, merges);
    }

    /// <summary>
    /// The 0-based columns the sheet hides (a publisher's check sums, helper codes): not shown or printed, so not read. Hidden
    /// rows are read: publishers hide rows of zeros, and a hidden row's amounts are still part of the totals printed.
    /// </summary>
    private static HashSet<int> HiddenColumns(Worksheet worksheet)
    {
        var hidden = new HashSet<int>();
        foreach (var column in worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>()).Where(c => c.Hidden?.Value == true))
        {
            var first = (int)Math.Max(1u, column.Min?.Value ?? 1u);
            var last = (int)Math.Min((uint)CellAddress.MaxColumn + 1, column.Max?.Value ?? (uint)first);
            for (var c = first; c <= last; c++) hidden.Add(c - 1);
        }
        return hidden;
    }

    /// <summary>Marks the cells written bold or larger than the size most of the sheet's cells are written in.</summary>
    private static void MarkProminent(SortedDictionary<int, SortedDictionary<int, GridCell>> rows, Dictionary<GridCell, uint?> styleIndexes, XlsxStyles styles)
    {
        if (styleIndexes.Count == 0) return;
        var bodySize = styleIndexes.Values.GroupBy(styles.FontSize).MaxBy(g => g.Count())!.Key;
        foreach (var (cell, style) in styleIndexes)
            if (styles.IsProminent(style, bodySize)) rows[cell.Row][cell.Column] = cell with { Prominent = true };
    }

    /// <summary>The merged range covering a position, if any.</summary>
    public MergedRange? MergeAt(int row, int column) =>
        mergesByRow.TryGetValue(row, out var list) ? list.FirstOrDefault(m => m.Covers(row, column)) : null;

    /// <summary>Merged ranges that reach into <paramref name="row"/>.</summary>
    public IReadOnlyList<MergedRange> MergesIn(int row) =>
        mergesByRow.TryGetValue(row, out var list) ? list : Array.Empty<MergedRange>();

    /// <summary>Every row that has cell elements or lies inside a merged range, in order.</summary>
    public IEnumerable<int> RowNumbers() => Rows.Keys.Union(mergesByRow.Keys).Order();

    /// <summary>Non-empty cells of a row that are not hidden under another cell's merge.</summary>
    public List<GridCell> Visible(int row) =>
        Rows.TryGetValue(row, out var cells)
            ? cells.Values.Where(c => !c.IsEmpty && IsShown(c)).ToList()
            : new List<GridCell>();

    /// <summary>False for a cell hidden under a merge anchored elsewhere (Excel shows only the anchor).</summary>
    public bool IsShown(GridCell cell) =>
        MergeAt(cell.Row, cell.Column) is not { } m || (m.Row == cell.Row && m.Column == cell.Column);
}
