using System.Text.Json;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Ingest.Pdf.Layout;

/// <summary>
/// How CJK text breaks into lines (line-breaking.json): the leading text of a wrapped cell's next line that could not have ended
/// the line above — an opening mark goes down with the character after it, and closing marks go down with the character before.
/// </summary>
internal static class LineBreaks
{
    private sealed record Data(string Opening, string Closing);

    private static readonly Data Marks = EmbeddedJson.Load<Data>(typeof(LineBreaks).Assembly, "line-breaking.json", new(JsonSerializerDefaults.Web));

    /// <summary>
    /// The width of the text that starts the words of <paramref name="line"/> in <paramref name="cell"/> and had to move onto this line
    /// together: opening marks, one character (a whole Latin word or number), the closing marks after it (“（境）” of “（境）费用”), also where the marks are words of
    /// their own (a narrow bracket printed apart from its character); 0 for a cell without text. A full-width character or mark takes a
    /// whole em of the line however narrow its ink (“（护）” is three ems wide though its brackets' ink is half that).
    /// </summary>
    public static double LeadWidth(PdfLine line, (double Left, double Right) cell)
    {
        var characters = line.WordsIn(cell)
            .SelectMany(w => w.Text.Select((c, i) => (Character: c, Word: w, Index: i))).ToList();
        if (characters.Count == 0) return 0;
        var end = 0;
        while (end < characters.Count - 1 && Marks.Opening.Contains(characters[end].Character)) end++;
        end++;
        // A Latin word or a number is never broken: it moves down whole (“2020” of “2020年1月发放”, “100%”).
        if (char.IsAsciiLetterOrDigit(characters[end - 1].Character))
            while (end < characters.Count && characters[end].Character is > ' ' and <= '~') end++;
        while (end < characters.Count && Marks.Closing.Contains(characters[end].Character)) end++;
        var (first, last) = (characters[0], characters[end - 1]);
        var ems = characters.Take(end).Where(c => IsFullWidth(c.Character)).Sum(c => c.Word.FontSize);
        return Math.Max(last.Word.Extent(last.Index, last.Index + 1).Right - first.Word.Extent(0, 0).Left, ems);
    }

    /// <summary>
    /// The width <paramref name="words"/> (one line of a cell) take in the line's layout: from the first one's left to the last one's right,
    /// a full-width character or mark ending them taking its whole em however narrow its ink (“被服务企业、” is six ems wide, its “、” half an em of ink).
    /// </summary>
    public static double TakenWidth(IReadOnlyCollection<PdfWord> words)
    {
        var last = words.MaxBy(w => w.Box.Right)!;
        var right = last.Text.Length > 0 && IsFullWidth(last.Text[^1])
            ? Math.Max(last.Box.Right, last.Extent(last.Text.Length - 1, last.Text.Length).Left + last.FontSize)
            : last.Box.Right;
        return right - words.Min(w => w.Box.Left);
    }

    /// <summary>A CJK character, CJK mark or full-width form: one em wide in the line's layout.</summary>
    private static bool IsFullWidth(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60';
}
