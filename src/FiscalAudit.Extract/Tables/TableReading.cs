using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Tables;

/// <summary>Reads located tables into a disclosure: the first of each id, in id order; a document whose tables print no figure is a blank template.</summary>
public static class TableReading
{
    /// <summary>A document whose tables are all printed without a single figure is a blank template.</summary>
    private const int MinTablesOfATemplate = 3;

    public static void Read(IEnumerable<LocatedTable> tables, Disclosure disclosure)
    {
        foreach (var located in tables)
        {
            if (disclosure.Table(located.Schema.Id) is not null)
            {
                var ordinal = located.Schema.Ordinal ?? TableIds.ChineseOrdinal(located.Schema.Id);
                disclosure.Notes.Add(new ReadNote($"{ordinal} {located.Title} 出现不止一次，只审核第一张。", located.TitleLocation));
                continue;
            }
            var table = TableParser.Parse(located, disclosure.Notes, disclosure.Unit);
            // A table stated empty under its title (no grid, or its caption row alone) is there, empty; one whose grid was not understood is unread.
            if (table.Columns.Count > 0 || !TableParser.HasGrid(located)) disclosure.Tables.Add(table);
            else disclosure.UnreadTables.TryAdd(table.Id, located.TitleLocation);
        }
        disclosure.Tables.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        DroppedZeros.Apply(disclosure);
        if (disclosure.Tables.Any(t => t.IsPlaceholder) || (disclosure.Tables.Count >= MinTablesOfATemplate && disclosure.Tables.All(t => t.HasNoFigures)))
            disclosure.IsTemplate = true;
    }
}
