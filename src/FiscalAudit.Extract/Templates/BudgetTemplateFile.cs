using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Extract.Templates;

/// <summary>What Extract reads of a budget template file (docs/templates.md): the tables it prints.</summary>
public sealed class BudgetTemplateFile
{
    public List<PrintedTableEntry> Tables { get; init; } = new();
}

/// <summary>
/// One table of a budget template file: its concept id (B01…) and, where they differ from the template it is
/// based on, its position in the 目录, markers, money unit and titles by level.
/// </summary>
public sealed class PrintedTableEntry
{
    public string Id { get; init; } = string.Empty;

    public string? Position { get; init; }

    public List<string>? Markers { get; init; }

    public string? Unit { get; init; }

    public Dictionary<string, List<string>>? Titles { get; init; }

    /// <summary>Whether a blank cell in a row with figures means 0 in this template's printing (<see cref="PrintedTable.BlanksAreZero"/>).</summary>
    public bool? BlanksAreZero { get; init; }

    /// <summary>How <paramref name="template"/> prints the table: this entry's fields, the others as <paramref name="basePrinted"/> prints it.</summary>
    public PrintedTable Over(PrintedTable? basePrinted, string template) => new()
    {
        Template = template,
        Position = Position ?? basePrinted?.Position ?? string.Empty,
        Markers = Markers ?? basePrinted?.Markers ?? new List<string>(),
        Unit = Unit ?? basePrinted?.Unit ?? string.Empty,
        Titles = Titles ?? basePrinted?.Titles ?? new Dictionary<string, List<string>>(),
        Optional = basePrinted?.Optional ?? false,
        BlanksAreZero = BlanksAreZero ?? basePrinted?.BlanksAreZero,
    };
}
