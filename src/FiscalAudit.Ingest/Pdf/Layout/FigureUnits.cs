using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>The units printed right after a figure in running prose and the marks after them (figure-units.json).</summary>
internal static class FigureUnits
{
    private sealed record RunOnData(string[] Marks, int Words);

    private sealed record Data(string[] Signs, string[] SentenceMarks, RunOnData RunOn);

    private static readonly Data Loaded = EmbeddedJson.Load<Data>(typeof(FigureUnits).Assembly, "figure-units.json", new(JsonSerializerDefaults.Web));

    /// <summary>The money units (<see cref="MoneyUnits"/>) and the signs of figure-units.json.</summary>
    public static string[] Names { get; } = [.. MoneyUnits.Names, .. Loaded.Signs];

    /// <summary>The longest unit, in characters.</summary>
    public static int MaxLength { get; } = Names.Max(u => u.Length);

    /// <summary>The marks after a unit that show a sentence going on.</summary>
    public static IReadOnlySet<string> SentenceMarks { get; } = Loaded.SentenceMarks.ToHashSet(StringComparer.Ordinal);

    /// <summary>A line holding at least this many words a sentence runs through (<see cref="RunsOn"/>) is prose.</summary>
    public static int RunOnWords => Loaded.RunOn.Words;

    /// <summary>A word a sentence runs through: a figure, its unit and a mark, more text after it or not (“300.38万元，增长”, “187.01万元。”).</summary>
    public static bool RunsOn(string word) => RunOn.IsMatch(word);

    private static readonly Regex RunOn = new(
        $"^[-−]?\\d[\\d,]*(?:\\.\\d+)?(?:{string.Join('|', Names.OrderByDescending(u => u.Length).Select(Regex.Escape))})[{Regex.Escape(string.Concat(Loaded.RunOn.Marks))}]",
        RegexOptions.CultureInvariant);
}
