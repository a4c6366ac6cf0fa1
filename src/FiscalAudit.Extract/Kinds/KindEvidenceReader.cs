using FiscalAudit.Core.Documents;
using FiscalAudit.Extract.Metadata;
using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Extract.Kinds;

/// <summary>Finds every line that says what a document is, by the words of a <see cref="KindVocabulary"/>.</summary>
internal sealed class KindEvidenceReader
{
    private readonly KindVocabulary vocabulary;
    private readonly KindWordFinder words;
    private readonly List<KindEvidence> found = new();

    private KindEvidenceReader(KindVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        words = new KindWordFinder(vocabulary.SharedWords);
    }

    /// <summary>The evidence of the headings and paragraphs in reading order, then the evaluation words kind by kind in the vocabulary's order.</summary>
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
        FirstKind(line, location, KindSignal.Title, k => k.Titles);
    }

    /// <summary>The kind whose table-name ending comes last names the table (“…预算财政拨款支出决算表” is a 决算 table).</summary>
    private void TableTitle(string line, SourceLocation location)
    {
        var best = vocabulary.Kinds.Select(k => (Kind: k, End: words.LastEnd(line, k.TableTitleEndings))).Where(x => x.End is not null).OrderByDescending(x => x.End).FirstOrDefault();
        if (best.Kind is not null) Add(best.Kind, KindSignal.TableTitle, HeadingText.Quote(line, best.End!.Value - 1), location);
    }

    private void SectionHeading(string line, SourceLocation location) => FirstKind(line, location, KindSignal.SectionHeading, k => k.SectionHeadings);

    private void PublicTableMarker(string line, SourceLocation location)
    {
        if (TitleMatcher.Standard.ByMarker(line) is not { } schema) return;
        foreach (var kind in vocabulary.Kinds.Where(k => k.PublicTableMarkers)) Add(kind, KindSignal.PublicTableMarker, schema.Marker, location);
    }

    /// <summary>Every physical line (table rows included) holding an evaluation word, kind by kind.</summary>
    private void EvaluationWords(IReadOnlyList<TextLine> lines)
    {
        foreach (var kind in vocabulary.Kinds.Where(k => k.EvaluationWords.Count > 0))
        {
            foreach (var line in lines)
            {
                var text = HeadingText.Compact(line.Text);
                if (words.First(text, kind.EvaluationWords) is { } word) Add(kind, KindSignal.EvaluationWord, word.Word, line.Location);
            }
        }
    }

    /// <summary>The first kind (in the vocabulary's order) one of whose words the line holds.</summary>
    private void FirstKind(string line, SourceLocation location, KindSignal signal, Func<KindWords, List<string>> wordsOf)
    {
        foreach (var kind in vocabulary.Kinds)
        {
            if (words.First(line, wordsOf(kind)) is not { } word) continue;
            Add(kind, signal, HeadingText.Quote(line, word.Start), location);
            return;
        }
    }

    private void Add(KindWords kind, KindSignal signal, string text, SourceLocation location) => found.Add(new KindEvidence(kind.Kind, signal, text, location));
}
