using System.Text.RegularExpressions;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Pdf.Ocr;

/// <summary>
/// A percent sign read whole as the digits “96” (“4.31%” read “4.3196”): taken back as the sign only where the figure is a
/// percentage by its place — a sentence that says so right before it (“占”, “增长”; ocr.json, numbers.percentCues) and no
/// money unit after it, or a table column of percentages (another figure straight above or below it ending in the percent
/// sign, or a heading marked “（%）”) — and only when the figure has more decimals than a printed percentage has
/// (<see cref="NumberCorrections.PercentDecimals"/>). A real 4.3196 (an amount, a figure in a column of amounts) is left.
/// </summary>
public static class PercentMisreads
{
    /// <summary><paramref name="words"/> with the misread signs taken back.</summary>
    public static IReadOnlyList<OcrWord> Corrected(IReadOnlyList<OcrWord> words, NumberCorrections corrections)
    {
        if (corrections.PercentCues.Count == 0) return words;
        var misread = new Regex($@"(?<![\d.])\d[\d,]*\.\d{{1,{corrections.PercentDecimals}}}(96)(?![\d.])", RegexOptions.CultureInvariant);
        var lines = words.GroupBy(w => w.LineKey).ToDictionary(g => g.Key, g => g.OrderBy(w => w.Left).ToList());
        return words.Select(word =>
        {
            var line = lines[word.LineKey];
            var at = line.IndexOf(word);
            var text = word.Text;
            foreach (var match in misread.Matches(text).Reverse())
            {
                var before = text[..match.Index].Length > 0 || at == 0 ? text[..match.Index] : line[at - 1].Text;
                var after = match.Index + match.Length < text.Length || at + 1 == line.Count ? text[(match.Index + match.Length)..] : line[at + 1].Text;
                var inSentence = corrections.PercentCues.Any(cue => before.EndsWith(cue, StringComparison.Ordinal)) && !MoneyUnits.Names.Any(unit => after.StartsWith(unit, StringComparison.Ordinal));
                var inColumn = match.Length == text.Length && InPercentColumn(word, words, corrections);
                if (inSentence || inColumn) text = text[..match.Groups[1].Index] + corrections.Percent[0] + text[(match.Groups[1].Index + 2)..];
            }
            return text == word.Text ? word : word with { Text = text };
        }).ToList();
    }

    /// <summary>Whether another word straight above or below <paramref name="word"/> is a percentage or a heading marked as one.</summary>
    private static bool InPercentColumn(OcrWord word, IReadOnlyList<OcrWord> words, NumberCorrections corrections) =>
        words.Any(other => other != word && other.Left < word.Left + word.Width && word.Left < other.Left + other.Width
            && (corrections.PercentColumnMarks.Any(mark => other.Text.Contains(mark, StringComparison.Ordinal))
                || (OcrNumbers.Correct(other.Text, corrections) is var figure && figure.Length > 1 && corrections.Percent.Contains(figure[^1]) && char.IsAsciiDigit(figure[^2]) && figure[..^1].All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '-' or '+'))));
}
