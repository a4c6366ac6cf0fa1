using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Reads the header rows of a table into column slots. A group label printed once over several
/// columns (收入 / 支出, 预算数 / 决算数, 公务用车购置及运行费) is carried to the columns under it, then each
/// column's labels are joined top to bottom ("预算数·公务用车购置及运行费·小计") and matched to the schema.
/// </summary>
public static class ColumnLayout
{
    public static List<ColumnSlot> Build(IReadOnlyList<Core.Documents.SourceRow> headerRows, int width, TableSchema schema)
    {
        var parts = headerRows.Select(r => Enumerable.Range(0, width).Select(c => schema.WithPanelYears(HeaderText.Normalize(r.At(c)?.Text ?? string.Empty))).ToArray()).ToList();
        var spanned = headerRows.Select(r => r.Cells.Any(c => c.ColumnSpan > 1)).ToList();
        CarryGroupLabels(parts, spanned, width);
        var slots = new List<ColumnSlot>();
        for (var c = 0; c < width; c++)
        {
            var labels = new List<string>();
            foreach (var row in parts)
            {
                if (row[c].Length > 0 && (labels.Count == 0 || labels[^1] != row[c])) labels.Add(row[c]);
            }
            slots.Add(Slot(c, labels, schema));
        }
        ContinueNames(slots);
        CarrySides(slots);
        CarryPanels(slots, schema);
        return slots;
    }

    /// <summary>
    /// A panel printed without its group label (表六's “公用经费” merged over only the second of its two panels) repeats the headers of
    /// the labelled panel left of it: its columns take that panel's side.
    /// </summary>
    private static void CarrySides(List<ColumnSlot> slots)
    {
        for (var c = 1; c < slots.Count; c++)
        {
            var header = slots[c].Header;
            if (slots[c].Side is null && slots[c - 1].Side is { } side && header.Length > 0
                && slots.Take(c).Any(s => s.Side == side && s.Header == $"{side}·{header}"))
                slots[c] = slots[c] with { Side = side };
        }
    }

    /// <summary>
    /// Text exports print a group label once and leave the cells to its right empty; rows whose reader
    /// gave explicit column spans (PDF, Word, Excel merges) are taken as they are.
    /// </summary>
    private static void CarryGroupLabels(List<string[]> parts, List<bool> spanned, int width)
    {
        for (var r = parts.Count - 2; r >= 0; r--)
        {
            if (spanned[r]) continue;
            for (var c = 1; c < width; c++)
            {
                if (parts[r][c].Length == 0 && parts[r][c - 1].Length > 0 && HasLabelBelow(parts, r, c))
                    parts[r][c] = parts[r][c - 1];
            }
        }
    }

    private static bool HasLabelBelow(List<string[]> parts, int row, int column)
    {
        for (var r = row + 1; r < parts.Count; r++)
        {
            if (parts[r][column].Length > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// A column with no header right after a name column continues the name (收入预算总表 “项目名称” over
    /// “一般公共预算资金 | 小计” and “| 公共财政拨款（补助）资金”).
    /// </summary>
    private static void ContinueNames(List<ColumnSlot> slots)
    {
        for (var c = 1; c < slots.Count; c++)
        {
            if (slots[c].Header.Length == 0 && slots[c - 1].Role == ColumnRole.Name) slots[c] = slots[c] with { Role = ColumnRole.Name, Side = slots[c - 1].Side };
        }
    }

    private static ColumnSlot Slot(int index, List<string> labels, TableSchema schema)
    {
        var header = string.Join("·", labels);
        if (labels.Count == 0) return new ColumnSlot(index, ColumnRole.Unknown, null, null, header);
        var side = labels.Count < 2 ? null : SchemaSide(labels, schema) ?? (TableSides.All.Contains(labels[0]) ? labels[0] : null);
        var last = labels[^1];
        var role = schema.Names.Any(n => last.Contains(n, StringComparison.Ordinal)) ? ColumnRole.Name : ColumnRoleWords.RoleOf(last);
        var canonical = role == ColumnRole.Value ? schema.ColumnFor(header) : null;
        if (role == ColumnRole.Value && canonical is null) role = ColumnRole.Unknown;
        return new ColumnSlot(index, role, canonical, side, header);
    }

    /// <summary>
    /// Columns right of a panel's first column (“预算数合计 | 因公出国（境）费 | 公务用车购置及运行费 | 公务接待费 | 决算数合计 | …”)
    /// whose headers match nothing on their own are read under that panel's label.
    /// </summary>
    private static void CarryPanels(List<ColumnSlot> slots, TableSchema schema)
    {
        if (schema.Panels.Count == 0) return;
        string? panel = null;
        for (var c = 0; c < slots.Count; c++)
        {
            var own = schema.Panels.FirstOrDefault(p => slots[c].Header.Contains(p.Key, StringComparison.Ordinal)).Value;
            if (own is not null) panel = own;
            else if (panel is not null && slots[c] is { Role: ColumnRole.Unknown, Canonical: null, Header.Length: > 0 }
                     && schema.ColumnFor($"{panel}·{slots[c].Header}") is { } canonical)
                slots[c] = slots[c] with { Role = ColumnRole.Value, Canonical = canonical };
        }
    }

    /// <summary>The side the schema names by a group label above the column (收支预算总表 “本年收入”, “支出用途”).</summary>
    private static string? SchemaSide(List<string> labels, TableSchema schema) =>
        labels.Take(labels.Count - 1).Select(l => schema.Sides.GetValueOrDefault(l)).FirstOrDefault(s => s is not null);
}
