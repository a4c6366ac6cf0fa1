using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// A 决算 disclosure's lines with some of its nine tables reprinted: figures restated by a factor (×10000: printed in 元) and
/// the unit caption (“金额单位：万元”) replaced or dropped, each table taken from its marker “公开0N表” to the next heading.
/// </summary>
internal static partial class TablesInYuan
{
    /// <summary>
    /// The lines with the tables in <paramref name="scaled"/> printed <paramref name="factor"/> times larger (rounded to
    /// <paramref name="decimals"/>) and each caption in <paramref name="captions"/> replaced by its line (null: dropped);
    /// <paramref name="header"/> rewrites a table's first table line (its column names).
    /// </summary>
    public static string[] Rewrite(string[] source, IReadOnlyCollection<int> scaled, IReadOnlyDictionary<int, string?> captions,
        decimal factor = 10000m, int decimals = 2, Func<int, string, string>? header = null)
    {
        var lines = new List<string>();
        var named = new HashSet<int>();
        int? table = null;
        foreach (var line in source)
        {
            if (Marker().Match(line) is { Success: true } m) table = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            else if (line.StartsWith('#')) table = null;
            if (table is not int t)
            {
                lines.Add(line);
                continue;
            }
            if (line.StartsWith("金额单位：", StringComparison.Ordinal) && captions.TryGetValue(t, out var caption))
            {
                if (caption is not null) lines.Add(caption);
                continue;
            }
            var text = line;
            if (header is not null && line.Contains('\t') && named.Add(t)) text = header(t, text);
            if (scaled.Contains(t) && line.Contains('\t')) text = string.Join('\t', text.Split('\t').Select(c => Scaled(c, factor, decimals)));
            lines.Add(text);
        }
        return lines.ToArray();
    }

    private static string Scaled(string cell, decimal factor, int decimals) => Figure().Replace(cell, m =>
        m.Groups[1].Value + Math.Round(decimal.Parse(m.Groups[2].Value.Replace(",", string.Empty), CultureInfo.InvariantCulture) * factor, decimals, MidpointRounding.AwayFromZero)
            .ToString("F" + decimals, CultureInfo.InvariantCulture) + m.Groups[3].Value);

    [GeneratedRegex(@"^公开0(\d)表")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(<b>)?(-?[\d,]+\.\d+)(</b>)?$")]
    private static partial Regex Figure();
}
