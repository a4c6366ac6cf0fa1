using FiscalAudit.Core.Model;

namespace FiscalAudit.Rules.Support;

/// <summary>
/// The classification hierarchy of a table's coded rows: a code's parent is the longest printed code
/// that is a proper prefix of it (on the same panel side), so 2010306 hangs under 20103 when 20103 is
/// printed and under 201 when only the 类 is. A table printed by unit nests its units by their unit codes the same way (405001 under
/// 405). Rows without a printed ancestor are the top level. Items of a list printed with subtotals hang under their subtotal row
/// (<see cref="TableRow.Subtotal"/>).
/// </summary>
public sealed class CodeTree
{
    private readonly Dictionary<TableRow, List<TableRow>> children = new();
    private readonly List<TableRow> parents = new();

    public CodeTree(FiscalTable table)
    {
        // A list printed with subtotals (项目支出表 by unit): each subtotal row is the parent of the items counted in it.
        foreach (var row in table.Rows.Where(r => r.Subtotal is not null)) Add(row.Subtotal!, row);
        // A table printed by unit nests its units; one that prints classification codes too (a unit's 科目 under it) nests only those.
        Func<TableRow, string?> key = table.Rows.Any(r => r.Code is { Length: > 0 }) ? r => r.Code is { Length: > 0 } c ? c : null : r => r.UnitCode;
        var coded = table.Rows.Where(r => key(r) is not null).ToList();
        var byCode = new Dictionary<(string? Side, string Code), TableRow>();
        foreach (var row in coded) byCode.TryAdd((row.Side, key(row)!), row);
        foreach (var row in coded)
        {
            var parent = Parent(key(row)!, row, byCode);
            if (parent is null)
            {
                TopLevel.Add(row);
                continue;
            }
            Add(parent, row);
        }
    }

    private void Add(TableRow parent, TableRow child)
    {
        if (!children.TryGetValue(parent, out var list))
        {
            children[parent] = list = new List<TableRow>();
            parents.Add(parent);
        }
        list.Add(child);
    }

    /// <summary>Coded rows with no printed ancestor, in printed order.</summary>
    public List<TableRow> TopLevel { get; } = new();

    /// <summary>Parents with their printed children, in printed order of the parents.</summary>
    public IEnumerable<(TableRow Parent, IReadOnlyList<TableRow> Children)> Families =>
        parents.Select(p => (p, (IReadOnlyList<TableRow>)children[p]));

    /// <summary>The level of a unit's rows in messages (“其下各单位之和”).</summary>
    public const string UnitLevel = "单位";

    /// <summary>"款" / "项" / "类" for messages, by code length.</summary>
    public static string LevelName(string code) => code.Length switch
    {
        3 => "类",
        5 => "款",
        _ => "项",
    };

    private static TableRow? Parent(string code, TableRow row, Dictionary<(string? Side, string Code), TableRow> byCode)
    {
        for (var length = code.Length - 1; length >= 1; length--)
        {
            if (byCode.TryGetValue((row.Side, code[..length]), out var parent) && !ReferenceEquals(parent, row)) return parent;
        }
        return null;
    }
}
