using System.Text.Json;

namespace FiscalAudit.Core.Data;

/// <summary>
/// The marks a printed number is read by — what a cell prints when it states nothing, a dash for a stated zero, the signs and
/// brackets of a negative amount — read by number parsing and by target cells alike: number-marks.json.
/// </summary>
public static class NumberMarks
{
    private static readonly File Words = EmbeddedJson.Load<File>(
        typeof(NumberMarks).Assembly, "number-marks.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

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

    /// <summary>The characters printed before an amount for a minus (“-”, “－”, “−”, “△”).</summary>
    public static IReadOnlySet<char> MinusSigns { get; } = Words.MinusSigns.Select(Single).ToHashSet();

    /// <summary>The opening and closing brackets a negative amount is printed in (“(1.23)”, “（1.23）”).</summary>
    public static IReadOnlyList<(char Open, char Close)> NegativeBrackets { get; } =
        Words.NegativeBrackets.Select(pair => pair.Length == 2 ? (pair[0], pair[1]) : throw new InvalidDataException($"number-marks.json: “{pair}” is no pair of brackets.")).ToList();

    private static char Single(string mark) =>
        mark.Length == 1 ? mark[0] : throw new InvalidDataException($"number-marks.json: the minus sign “{mark}” is not one character.");

    private sealed class File
    {
        public List<string> Marks { get; init; } = new();

        public List<string> AmountMarks { get; init; } = new();

        public List<string> Dashes { get; init; } = new();

        public List<string> MinusSigns { get; init; } = new();

        public List<string> NegativeBrackets { get; init; } = new();
    }
}
