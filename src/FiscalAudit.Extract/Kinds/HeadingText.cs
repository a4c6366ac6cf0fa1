using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// A line as the classifier compares it: white space removed and a contents entry's leader dots and
/// page number cut (“一、收支预算总表……3” → “一、收支预算总表”).
/// </summary>
internal static partial class HeadingText
{
    /// <summary>Longest excerpt quoted in a reason.</summary>
    private const int MaxQuote = 40;

    [GeneratedRegex(@"(?:…|\.{2,}|．{2,}|·{2,}|-{3,}|_{3,}).*$")]
    private static partial Regex Leader();

    /// <summary>What separates a title from a label or bookmark printed on the same line (“公开04表：…”, “[bookmark: …]”).</summary>
    [GeneratedRegex(@"[\[\]【】:：]")]
    private static partial Regex PieceBreak();

    public static string Compact(string text) => Leader().Replace(Spaceless.Of(text), string.Empty);

    /// <summary>True when the line ends or holds a sentence, so it is running text and no title.</summary>
    public static bool IsSentence(string compact) => compact.IndexOfAny(Punctuation.SentenceEnds) >= 0;

    /// <summary>Notes under a table (“注：本表反映…”) name tables without being their titles.</summary>
    public static bool IsNote(string compact) => compact.StartsWith('注') || compact.Contains("本表", StringComparison.Ordinal);

    /// <summary>The start of the line, as quoted in a reason.</summary>
    public static string Excerpt(string compact) => compact.Length > MaxQuote ? compact[..MaxQuote] : compact;

    /// <summary>The title within the line around the word at <paramref name="index"/>, as quoted in a reason.</summary>
    public static string Quote(string compact, int index)
    {
        var start = 0;
        var end = compact.Length;
        foreach (Match m in PieceBreak().Matches(compact))
        {
            if (m.Index < index) start = m.Index + 1;
            else
            {
                end = m.Index;
                break;
            }
        }
        if (end - start > MaxQuote)
        {
            start = Math.Max(start, index - MaxQuote / 2);
            end = Math.Min(end, start + MaxQuote);
        }
        return compact[start..end];
    }
}
