using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.Tables;

/// <summary>A standard table found in a document: its schema, printed title and the table blocks (continuations included).</summary>
public sealed record LocatedTable(TableSchema Schema, string Title, SourceLocation TitleLocation, List<TableBlock> Blocks)
{
    public string? NoDataNote { get; set; }

    /// <summary>The money unit the table's caption or top rows state (“单位：元”), or null when they state none.</summary>
    public string? StatedUnit { get; set; }
}
