using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest;

/// <summary>The names of a table's panels set as a one-cell row over them (table-panels.json): “人员经费”, “公用经费”.</summary>
internal static class TablePanelNames
{
    private sealed record Data(string[] Names);

    private static readonly HashSet<string> Names =
        EmbeddedJson.Load<Data>(typeof(TablePanelNames).Assembly, "table-panels.json", new(JsonSerializerDefaults.Web)).Names.ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/>, its spaces left out, names a panel.</summary>
    public static bool Is(string text) => Names.Contains(Spaceless.Of(text));
}
