using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Ingest.Text.Spaced;

/// <summary>
/// Splits a line of plain text into the fields a table laid out with spaces puts in it: text separated by runs of at
/// least two spaces (a full-width space counts as two). A form feed (a page break) takes no place.
/// </summary>
internal static class SpacedLine
{
    /// <summary>
    /// The fields of a table line: text separated by at least two spaces; an amount printed with decimals or separators is
    /// a field of its own even a single space from its neighbours (“91,016,775.35 一、一般公共服务支出”).
    /// </summary>
    /// <remarks>
    /// Single characters spaced out over the line (“合      计”) are one field; so are the parts of a classification code
    /// printed in columns of their own (“208   05   01”: 2080501, as <see cref="SpacedShape.CodeParts"/> shapes them).
    /// </remarks>
    public static List<SpacedField> Fields(string line)
    {
        var fields = SpacedOut(Fields(line, minimumGap: 2).SelectMany(SplitAmounts).ToList());
        var parts = SpacedShape.CodeParts(fields);
        return parts > 1 ? [Joined(fields.Take(parts).ToList(), string.Empty), .. fields.Skip(parts)] : fields;
    }

    /// <summary>Runs of single characters that spell a word spaced out over its cell (“合      计”, “类   款   项”: <see cref="SpacedShape.IsSpacedWord"/>) joined into one field.</summary>
    private static List<SpacedField> SpacedOut(List<SpacedField> fields)
    {
        var result = new List<SpacedField>();
        var run = new List<SpacedField>();
        foreach (var field in fields.Append(null))
        {
            if (field is { Text.Length: 1, IsFigure: false } && char.IsLetter(field.Text[0]))
            {
                run.Add(field);
                continue;
            }
            if (run.Count > 1 && SpacedShape.IsSpacedWord(string.Concat(run.Select(r => r.Text)))) result.Add(Joined(run, " "));
            else result.AddRange(run);
            run.Clear();
            if (field is not null) result.Add(field);
        }
        return result;
    }

    private static SpacedField Joined(List<SpacedField> fields, string separator) =>
        Spanning(fields[0], fields[^1], string.Join(separator, fields.Select(f => f.Text)));

    /// <summary>One field holding <paramref name="text"/> from where <paramref name="first"/> starts to where <paramref name="last"/> ends.</summary>
    private static SpacedField Spanning(SpacedField first, SpacedField last, string text) =>
        new(text, first.Start, last.End, first.WideStart, last.WideEnd);

    private static IEnumerable<SpacedField> SplitAmounts(SpacedField field)
    {
        if (!field.Text.Contains(' ')) return [field];
        var words = Fields(field.Text, minimumGap: 1).Select(w => Shifted(w, field)).ToList();
        if (!words.Any(IsAmount)) return [field];
        var result = new List<SpacedField>();
        foreach (var word in words)
        {
            // Words of a label go together; so do a minus sign and the figure a space after it (“- 1.23”, “－ 1.23”, as OCR gives a
            // negative amount): one amount, not a dash (a stated zero) beside a 1.23.
            if (result.Count > 0 && (IsAmount(word) ? IsMinusSign(result[^1]) : !IsAmount(result[^1])))
                result[^1] = Spanning(result[^1], word, result[^1].Text + " " + word.Text);
            else result.Add(word);
        }
        return result;
    }

    private static bool IsMinusSign(SpacedField word) => word.Text.Length == 1 && NumberMarks.MinusSigns.Contains(word.Text[0]);

    private static bool IsAmount(SpacedField word) => word.Text.IndexOfAny(['.', ',']) > 0 && NumberText.Parse(word.Text) is not null;

    private static SpacedField Shifted(SpacedField word, SpacedField field) =>
        word with { Start = word.Start + field.Start, End = word.End + field.Start, WideStart = word.WideStart + field.WideStart, WideEnd = word.WideEnd + field.WideStart };

    /// <summary>The fields separated by at least <paramref name="minimumGap"/> spaces (1: every word).</summary>
    public static List<SpacedField> Fields(string line, int minimumGap)
    {
        var fields = new List<SpacedField>();
        var text = line.Replace("\f", string.Empty);
        int i = 0, wide = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                wide += DisplayWidth.Of(text[i]);
                i++;
            }
            if (i >= text.Length) break;
            int start = i, wideStart = wide;
            var end = i;
            var wideEnd = wide;
            while (i < text.Length)
            {
                // A full-width space is two wide, as many as two spaces.
                var spaces = 0;
                var j = i;
                while (j < text.Length && IsSpace(text[j]))
                {
                    spaces += DisplayWidth.Of(text[j]);
                    j++;
                }
                if (j > i && (spaces >= minimumGap || j >= text.Length)) break;
                wide += spaces;
                i = j;
                wide += DisplayWidth.Of(text[i]);
                i++;
                end = i;
                wideEnd = wide;
            }
            fields.Add(new SpacedField(text[start..end], start, end, wideStart, wideEnd));
        }
        return fields;
    }

    /// <summary>
    /// The words of <paramref name="field"/> (separated by single spaces), where they stand in its line; single characters
    /// spaced out (“金 额”) stay one word.
    /// </summary>
    public static List<SpacedField> Words(SpacedField field)
    {
        var words = new List<SpacedField>();
        foreach (var w in Fields(field.Text, minimumGap: 1))
        {
            var word = Shifted(w, field);
            if (words.Count > 0 && word.Text.Length == 1 && words[^1].Text.Length == 1 && !char.IsAsciiDigit(word.Text[0]))
                words[^1] = Spanning(words[^1], word, words[^1].Text + " " + word.Text);
            else words.Add(word);
        }
        return words;
    }

    /// <summary>
    /// <paramref name="fields"/> made at most <paramref name="count"/> by joining the two closest neighbours, again and
    /// again (a name printed with a wide space inside it).
    /// </summary>
    public static List<SpacedField> Fit(IReadOnlyList<SpacedField> fields, int count)
    {
        var fitted = fields.ToList();
        while (fitted.Count > count && fitted.Count > 1)
        {
            var at = Enumerable.Range(0, fitted.Count - 1).MinBy(i => fitted[i + 1].Start - fitted[i].End);
            var (a, b) = (fitted[at], fitted[at + 1]);
            fitted[at] = Spanning(a, b, ParagraphJoiner.JoinItems(a.Text, b.Text));
            fitted.RemoveAt(at + 1);
        }
        return fitted;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';
}
