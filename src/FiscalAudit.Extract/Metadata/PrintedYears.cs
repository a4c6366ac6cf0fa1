using System.Globalization;
using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// A year as covers, titles and headings print it: in Arabic digits (“2023”) or written out in Chinese digits (“二〇二三”,
/// “二○二三”, “二零二三”), a year of 1900–2099 either way; its pattern and its value. The written digits are data: printed-years.json.
/// </summary>
internal static class PrintedYears
{
    private static readonly Dictionary<char, int> Written = EmbeddedJson.Load<Words>(
            typeof(PrintedYears).Assembly, "printed-years.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        .Digits.ToDictionary(d => d.Key.Single(), d => d.Value);

    /// <summary>The written digits, as the inside of a character class.</summary>
    public static string Digits { get; } = string.Concat(Written.Keys);

    /// <summary>The pattern of a year's four digits written out (“二〇二三”, “一九九九”).</summary>
    public static string WrittenNumber { get; } = $"(?:{Of(1)}{Of(9)}[{Digits}]{{2}}|{Of(2)}{Of(0)}[{Digits}]{{2}})";

    /// <summary>The pattern of a year's four digits, Arabic or written (“2023”, “二〇二三”).</summary>
    public static string Number { get; } = $"(?:(?:19|20)[0-9]{{2}}|{WrittenNumber})";

    /// <summary>The year <paramref name="printed"/> (a match of <see cref="Number"/>) writes.</summary>
    public static int Value(string printed) =>
        int.TryParse(printed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : printed.Aggregate(0, (n, c) => n * 10 + Written[c]);

    /// <summary>The written forms of <paramref name="digit"/> as a character class (“[〇○零]”).</summary>
    private static string Of(int digit) => $"[{string.Concat(Written.Where(d => d.Value == digit).Select(d => d.Key))}]";

    private sealed class Words
    {
        public Dictionary<string, int> Digits { get; init; } = new();
    }
}
