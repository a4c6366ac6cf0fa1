using FiscalAudit.Core.Documents;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>A table being collected, possibly over several pages; its grid is the first part's column boundaries.</summary>
internal sealed class OpenTable
{
    public OpenTable(IReadOnlyList<double> xs, int page)
    {
        Xs = xs;
        LastPage = page;
    }

    public IReadOnlyList<double> Xs { get; }

    public int ColumnCount => Xs.Count - 1;

    public int LastPage { get; set; }

    public List<SourceRow> Rows { get; } = new();

    /// <summary>Each row's text with cells at their grid columns, tab-separated (as in <see cref="SourceDocument.Lines"/>).</summary>
    public List<string> RowTexts { get; } = new();

    public TableBlock ToBlock() => new(Rows.ToList(), Rows[0].Location.Through(Rows[^1].Location));
}
