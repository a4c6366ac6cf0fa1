using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// One mark per sentence and kind: “XX支出（类）XX（款）XX（项）” or “仍保留该表格式，并在本表下方作下述说明” is one
/// piece of unfinished text, not one per word matched. The pieces of a sentence (up to its “。”) become one mark
/// whose text lists the distinct pieces and whose place spans from the first to the last.
/// </summary>
internal static class SentenceMarks
{
    public static IEnumerable<TextMark> Merge(TextMarkKind kind, string text, IEnumerable<(int Start, int End)> pieces, Func<int, int, int, SourceLocation> locate)
    {
        var group = new List<(int Start, int End)>();
        foreach (var piece in pieces.OrderBy(p => p.Start))
        {
            if (group.Count > 0 && text.AsSpan(group[^1].End, Math.Max(0, piece.Start - group[^1].End)).Contains('。'))
            {
                yield return Mark(kind, text, group, locate);
                group.Clear();
            }
            group.Add(piece);
        }
        if (group.Count > 0) yield return Mark(kind, text, group, locate);
    }

    private static TextMark Mark(TextMarkKind kind, string text, List<(int Start, int End)> group, Func<int, int, int, SourceLocation> locate)
    {
        var start = group[0].Start;
        var end = group[^1].End;
        var pieces = group.Select(p => text[p.Start..p.End].Trim()).Distinct().ToList();
        var shown = string.Join("”“", pieces);
        return new TextMark(kind, shown, TextMarks.Around(text, start, end - start), locate(start, end, start));
    }
}
