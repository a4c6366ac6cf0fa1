using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Rules.Classification;
using FiscalAudit.Rules.Support;

namespace FiscalAudit.Engine.Recognised;

/// <summary>
/// Row names recognised from a scan that misread a known name (年末结转和结 for 年末结转和结余, 使用非财政拨款结# for
/// 使用非财政拨款结余, 八社会保障和就业支出 with its numbering's 、 dropped) are taken as that name, so the identities find
/// their rows: a coded row's name against the name its code has in the year; a row without a code against the names
/// <see cref="KnownRowNames"/> gives its table, when one of them is nearer than every other. A row already named as
/// known, or too far from every known name, keeps its name.
/// </summary>
public static class RecognisedRows
{
    /// <summary>Renames the rows misreading a known name, where <paramref name="recognised"/> says a place was recognised.</summary>
    public static void Apply(Disclosure disclosure, Func<SourceLocation?, bool> recognised, KnownRowNames known, RecognisedNameSettings settings)
    {
        foreach (var table in disclosure.Tables.Where(t => !t.IsPlaceholder))
        {
            foreach (var row in table.Rows.Where(r => r.Key.Length > 0 && recognised(r.Location)))
            {
                if (row.Code is { } code) Coded(row, code, disclosure.Year, settings.Rows);
                else if (Nearest(row, known.Of(table.Id).ToList(), settings) is { } name) row.Rename(name);
            }
        }
    }

    private static void Coded(TableRow row, string code, int? year, MisreadTolerance tolerance)
    {
        if (year is int y && ClassificationNames.National.Official(code, y) is { } official && Misreads.Near(row.Key, RowKeys.Normalize(official.Name), tolerance))
            row.Rename(official.Name);
    }

    /// <summary>
    /// The known name the row's key misreads, with the numbering its numerals stand for (“八、”); null when the row is named
    /// as known (a remark in brackets after the name allowed), or no single known name is nearest within the tolerance.
    /// </summary>
    private static string? Nearest(TableRow row, IReadOnlyList<string> known, RecognisedNameSettings settings)
    {
        if (known.Any(row.HasKey)) return null;
        var key = row.Key;
        var numbering = new string(key.TakeWhile(settings.Ordinals.Contains).ToArray());
        var readings = numbering.Length > 0 && numbering.Length < key.Length ? new[] { (Text: key, Numbering: ""), (Text: key[numbering.Length..], Numbering: numbering) } : [(key, "")];
        var near = readings
            .SelectMany(r => known.Select(k => (Known: k, r.Numbering, Count: Misreads.Count(r.Text, k))))
            .Where(c => c.Count is int n && n <= settings.Rows.Allowed(c.Known.Length) && (n > 0 || c.Numbering.Length > 0))
            .GroupBy(c => c.Count).OrderBy(g => g.Key).FirstOrDefault()?.ToList();
        return near is [var best] ? (best.Numbering.Length > 0 ? best.Numbering + "、" : string.Empty) + best.Known : null;
    }
}
