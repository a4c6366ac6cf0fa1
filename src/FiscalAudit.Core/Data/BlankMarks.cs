using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>What a cell prints when it states nothing, read by number parsing and by target cells alike: blank-marks.json.</summary>
public static class BlankMarks
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(BlankMarks).Assembly, "blank-marks.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    /// <summary>The marks that state nothing in any cell (a dash, a slash).</summary>
    public static IReadOnlySet<string> InAnyCell { get; } = Words.Marks.ToHashSet(StringComparer.Ordinal);

    /// <summary>The marks that state nothing in an amount cell: those of any cell and the words that mean nothing there (“无”, “空”).</summary>
    public static IReadOnlySet<string> InAmounts { get; } = Words.Marks.Concat(Words.AmountMarks).ToHashSet(StringComparer.Ordinal);

    /// <summary>The cell's text trimmed, or empty when it holds only a mark that states nothing in any cell (<see cref="InAnyCell"/>).</summary>
    public static string Stated(string? text)
    {
        var t = (text ?? string.Empty).Trim();
        return InAnyCell.Contains(t) ? string.Empty : t;
    }

    /// <summary>The dashes an amount cell prints for a stated zero.</summary>
    public static IReadOnlySet<string> Dashes { get; } = Words.Dashes.ToHashSet(StringComparer.Ordinal);

    private sealed class File
    {
        public List<string> Marks { get; init; } = new();

        public List<string> AmountMarks { get; init; } = new();

        public List<string> Dashes { get; init; } = new();
    }
}
