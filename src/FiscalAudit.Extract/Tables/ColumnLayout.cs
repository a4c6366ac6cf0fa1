namespace FiscalAudit.Extract.Tables;

/// <summary>
/// Reads the header rows of a table into column slots. A group label printed once over several
/// columns (收入 / 支出, 预算数 / 决算数, 公务用车购置及运行费) is carried to the columns under it, then each
/// column's labels are joined top to bottom ("预算数·公务用车购置及运行费·小计") and matched to the schema.
/// </summary>
public static class ColumnLayout
{
    private static readonly HashSet<string> Sides = new(StringComparer.Ordinal) { "收入", "支出", "人员经费", "公用经费" };

    public static List<ColumnSlot> Build(IReadOnlyList<Core.Documents.SourceRow> headerRows, int width, TableSchema schema)
    {
        var parts = headerRows.Select(r => Enumerable.Range(0, width).Select(c => HeaderText.Normalize(r.At(c)?.Text ?? string.Empty)).ToArray()).ToList();
        CarryGroupLabels(parts, width);
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
        return slots;
    }

    private static void CarryGroupLabels(List<string[]> parts, int width)
    {
        for (var r = parts.Count - 2; r >= 0; r--)
        {
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

    private static ColumnSlot Slot(int index, List<string> labels, TableSchema schema)
    {
        var header = string.Join("·", labels);
        if (labels.Count == 0) return new ColumnSlot(index, ColumnRole.Unknown, null, null, header);
        var side = labels.Count > 1 && Sides.Contains(labels[0]) ? labels[0] : null;
        var last = labels[^1];
        var role = RoleOf(last);
        var canonical = role == ColumnRole.Value ? schema.ColumnFor(header) : null;
        if (role == ColumnRole.Value && canonical is null) role = ColumnRole.Unknown;
        return new ColumnSlot(index, role, canonical, side, header);
    }

    private static ColumnRole RoleOf(string label)
    {
        if (label.Contains("编码", StringComparison.Ordinal) || label.Contains("代码", StringComparison.Ordinal)) return ColumnRole.Code;
        switch (label)
        {
            case "类": return ColumnRole.ClassPart;
            case "款": return ColumnRole.ItemPart;
            case "项": return ColumnRole.SubItemPart;
            case "行次": return ColumnRole.LineNumber;
            case "项目" or "名称" or "项目名称" or "科目" or "科目名称" or "功能分类科目名称" or "经济分类科目名称" or "支出功能分类科目名称":
                return ColumnRole.Name;
        }
        return label.EndsWith("科目名称", StringComparison.Ordinal) ? ColumnRole.Name : ColumnRole.Value;
    }
}
