using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Office.Xlsx;

/// <summary>
/// A hidden sheet whose name says it is the publisher's helper (参数, 说明, 下拉选项 …: helper-sheets.json): skipped without a
/// note, as it holds no table to publish; any other hidden sheet is skipped with one.
/// </summary>
internal static class HelperSheets
{
    private sealed record Data(List<string> Names, List<string> NameWords);

    private static readonly Data Words = EmbeddedJson.Load<Data>(typeof(HelperSheets).Assembly, "helper-sheets.json", new(System.Text.Json.JsonSerializerDefaults.Web));

    /// <summary>True when the sheet's name is a helper's name or holds one of the helper words.</summary>
    public static bool IsHelper(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        return Words.Names.Contains(compact, StringComparer.Ordinal) || Words.NameWords.Any(w => compact.Contains(w, StringComparison.Ordinal));
    }
}
