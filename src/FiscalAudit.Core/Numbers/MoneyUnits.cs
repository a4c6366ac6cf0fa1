using System.Text.RegularExpressions;

namespace FiscalAudit.Core.Numbers;

/// <summary>The money units tables and text are printed in (元, 千元, 万元, 亿元) and how to restate an amount of one in another.</summary>
public static partial class MoneyUnits
{
    private static readonly Dictionary<string, decimal> Yuan = new(StringComparer.Ordinal) { ["元"] = 1m, ["千元"] = 1000m, ["万元"] = 10000m, ["亿元"] = 100000000m };

    /// <summary>The names of the known units (元, 千元, 万元, 亿元).</summary>
    public static IReadOnlyCollection<string> Names => Yuan.Keys;

    /// <summary>The factor that restates an amount in <paramref name="unit"/> in the larger <paramref name="other"/> (元 → 万元: 0.0001); null when the units are the same, unknown, or <paramref name="unit"/> is the larger.</summary>
    public static decimal? Factor(string? unit, string? other) =>
        unit is not null && other is not null && Yuan.TryGetValue(unit, out var u) && Yuan.TryGetValue(other, out var o) && u < o ? u / o : null;

    /// <summary>
    /// <paramref name="amount"/> printed in <paramref name="unit"/> restated in <paramref name="other"/>, rounding-aware either way
    /// (12345.60元 → 1.234560万元; 1.23亿元 → 12300万元 ± 50); null when either unit is unknown.
    /// </summary>
    public static PrintedNumber? In(PrintedNumber amount, string unit, string other)
    {
        if (unit == other) return amount;
        if (InLarger(amount, unit, other) is PrintedNumber down) return down;
        return Factor(other, unit) is decimal up ? PrintedNumber.Enlarged(amount, unit, 1m / up) : null;
    }

    /// <summary>
    /// <paramref name="amount"/> printed in <paramref name="unit"/> restated in the larger <paramref name="other"/> with the same
    /// precision (12345.60元 → 1.234560万元); null when <see cref="Factor"/> is.
    /// </summary>
    public static PrintedNumber? InLarger(PrintedNumber amount, string? unit, string? other) =>
        Factor(unit, other) is decimal factor ? PrintedNumber.Converted(amount, unit!, factor, ExtraDecimals(factor)) : null;

    /// <summary>The factors by which one known unit's figure is another's (元 against 万元 is 10000), largest first.</summary>
    public static IReadOnlyList<decimal> Ratios { get; } =
        Yuan.Values.SelectMany(u => Yuan.Values.Where(o => o != u).Select(o => u / o)).Distinct().OrderByDescending(f => f).ToList();

    /// <summary>The largest known unit among <paramref name="units"/> (万元 among 元 and 万元), the one a sum of their amounts is compared in; null when none is known.</summary>
    public static string? Largest(IEnumerable<string?> units) =>
        units.OfType<string>().Where(Yuan.ContainsKey).OrderByDescending(u => Yuan[u]).FirstOrDefault();

    /// <summary>The decimals a restated amount gains (0.0001 → 4), so that it keeps its printed precision.</summary>
    public static int ExtraDecimals(decimal factor)
    {
        var extra = 0;
        for (var f = factor; f < 1m; f *= 10m) extra++;
        return extra;
    }

    /// <summary>A number for a message: as printed, or as restated with what was printed (“0.95（原文为“9,500.00元”，已换算为万元）”).</summary>
    public static string Show(PrintedNumber n, string? unit) =>
        n.ConvertedFrom is { } printed ? $"{n.Text}（原文为“{printed}”，已换算为{unit}）" : n.Text;

    /// <summary>The unit a caption states (“单位：元”, “金额单位：万元”), or null when <paramref name="text"/> states none.</summary>
    public static string? Stated(string text) => StatedPattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The unit a column name ends with (“决算数（元）”, “金额(万元)”), or null.</summary>
    public static string? OfColumn(string text) => ColumnPattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The name of the unit <paramref name="factor"/> times <paramref name="unit"/> (万元 × 0.0001 → 元), or null when no known unit is.</summary>
    public static string? Scaled(string unit, decimal factor) =>
        Yuan.TryGetValue(unit, out var u) ? Yuan.FirstOrDefault(kv => kv.Value == u * factor).Key : null;

    [GeneratedRegex(@"单位\s*[：:]\s*(万元|千元|亿元|元)")]
    private static partial Regex StatedPattern();

    [GeneratedRegex(@"[（(]\s*(万元|千元|亿元|元)\s*[）)]\s*$")]
    private static partial Regex ColumnPattern();
}
