using FiscalAudit.Core.Documents;
using FiscalAudit.Extract.Metadata;
using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Extract.Kinds;

/// <summary>Finds every line that says what a document is, by the words of a <see cref="KindVocabulary"/>.</summary>
internal sealed class KindEvidenceReader
{
    private readonly KindVocabulary vocabulary;
    private readonly List<KindEvidence> found = new();

    private KindEvidenceReader(KindVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
    }

    /// <summary>The evidence in reading order; evaluation words once per kind, in the vocabulary's order.</summary>
    public static List<KindEvidence> Read(SourceDocument document, KindVocabulary vocabulary)
    {
        var reader = new KindEvidenceReader(vocabulary);
        var index = 0;
        foreach (var (text, location) in DocumentText.Lines(document))
        {
            var line = HeadingText.Compact(text);
            var top = index++ < vocabulary.TitleLines;
            if (line.Length == 0 || HeadingText.IsSentence(line)) continue;
            if (top) reader.Title(line, location);
            if (line.Length > vocabulary.MaxHeadingLength || HeadingText.IsNote(line)) continue;
            reader.TableTitle(line, location);
            reader.SectionHeading(line, location);
            reader.PublicTableMarker(line, location);
        }
        reader.EvaluationWords(document.Lines);
        return reader.found;
    }

    private void Title(string line, SourceLocation location)
    {
        if (vocabulary.NoticeWords.Any(w => line.Contains(w, StringComparison.Ordinal))) return;
        foreach (var kind in vocabulary.Kinds)
        {
            if (FirstOf(line, kind.Titles) is not int at) continue;
            Add(kind, KindSignal.Title, HeadingText.Quote(line, at), location);
            return;
        }
    }

    /// <summary>The kind whose table-name ending comes last names the table (“…预算财政拨款支出决算表” is a 决算 table).</summary>
    private void TableTitle(string line, SourceLocation location)
    {
        var best = vocabulary.Kinds
            .Select(k => (Kind: k, End: k.TableTitleEndings.Select(e => line.LastIndexOf(e, StringComparison.Ordinal) is var i and >= 0 ? i + e.Length : -1).DefaultIfEmpty(-1).Max()))
            .MaxBy(x => x.End);
        if (best.Kind is not null && best.End > 0) Add(best.Kind, KindSignal.TableTitle, HeadingText.Quote(line, best.End - 1), location);
    }

    private void SectionHeading(string line, SourceLocation location)
    {
        foreach (var kind in vocabulary.Kinds)
        {
            if (FirstOf(line, kind.SectionHeadings) is not int at) continue;
            Add(kind, KindSignal.SectionHeading, HeadingText.Quote(line, at), location);
            return;
        }
    }

    private void PublicTableMarker(string line, SourceLocation location)
    {
        if (TitleMatcher.ByMarker(line) is not { } schema) return;
        foreach (var kind in vocabulary.Kinds.Where(k => k.PublicTableMarkers)) Add(kind, KindSignal.PublicTableMarker, schema.Marker, location);
    }

    /// <summary>Each kind's first evaluation word, looked up in every physical line (table rows included).</summary>
    private void EvaluationWords(IReadOnlyList<TextLine> lines)
    {
        foreach (var kind in vocabulary.Kinds.Where(k => k.EvaluationWords.Count > 0))
        {
            foreach (var line in lines)
            {
                var text = HeadingText.Compact(line.Text);
                if (kind.EvaluationWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal)) is not { } word) continue;
                Add(kind, KindSignal.EvaluationWord, word, line.Location);
                break;
            }
        }
    }

    private static int? FirstOf(string line, List<string> words) =>
        words.Select(w => line.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).Cast<int?>().Min();

    private void Add(KindWords kind, KindSignal signal, string text, SourceLocation location) => found.Add(new KindEvidence(kind.Kind, signal, text, location));
}
