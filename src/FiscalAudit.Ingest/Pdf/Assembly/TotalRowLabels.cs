using System.Text.Json;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Ingest.Pdf.Assembly;

/// <summary>The labels of a table's total row (total-rows.json): “合计”, “合 计”, “总计”.</summary>
internal static class TotalRowLabels
{
    private sealed record Data(string[] Labels);

    private static readonly HashSet<string> Labels =
        EmbeddedJson.Load<Data>(typeof(TotalRowLabels).Assembly, "total-rows.json", new(JsonSerializerDefaults.Web)).Labels.ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/>, its spaces left out, is a total row's label.</summary>
    public static bool Is(string text) => Labels.Contains(Spaceless.Of(text));
}
