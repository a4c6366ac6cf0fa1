using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// Decides what a document is — the one place that does. The signals of <see cref="KindSignal"/> are
/// weighed strongest first: the document's own title (when its body agrees), then its table titles
/// (预算表 vs 决算表), its 情况说明 headings, the 公开01–09表 markers and last the evaluation words.
/// The first signal that points to one kind decides; the reason quotes it and the other signals that agree.
/// </summary>
public sealed class DocumentClassifier
{
    private const string NothingFound = "未见部门决算、部门预算或绩效评价文件的标题、表名、情况说明标题、公开表号或评价用语";

    private readonly KindVocabulary vocabulary;

    public DocumentClassifier(KindVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
    }

    public static DocumentClassifier Default { get; } = new(KindVocabulary.Default);

    public KindDecision Classify(SourceDocument document)
    {
        var evidence = KindEvidenceReader.Read(document, vocabulary);
        foreach (var signal in Enum.GetValues<KindSignal>())
        {
            var found = evidence.Where(e => e.Signal == signal).ToList();
            if (Decide(signal, found, evidence) is not { } kind) continue;
            return new KindDecision(kind, Reason(kind, signal, evidence), found.First(e => e.Kind == kind).Location);
        }
        return new KindDecision(DocumentKind.Unknown, Unknown(evidence), null);
    }

    /// <summary>
    /// The first title line names the document when another line of its body agrees (a title alone
    /// may head a notice or a read-me about disclosures); table titles, headings and markers are
    /// counted and the kind with most wins (a tie decides nothing); evaluation words were found most
    /// specific kind first.
    /// </summary>
    private static DocumentKind? Decide(KindSignal signal, List<KindEvidence> found, List<KindEvidence> all)
    {
        if (found.Count == 0) return null;
        switch (signal)
        {
            case KindSignal.Title:
                var title = found[0];
                return all.Any(e => e.Kind == title.Kind && e.Signal != KindSignal.Title && !e.OnSameLineAs(title)) ? title.Kind : null;
            case KindSignal.EvaluationWord:
                return found[0].Kind;
            default:
                var counts = found.GroupBy(e => e.Kind).Select(g => (g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ToList();
                return counts.Count > 1 && counts[0].Count == counts[1].Count ? null : counts[0].Key;
        }
    }

    /// <summary>The deciding signal's lines first, then every other signal agreeing on other lines.</summary>
    private static string Reason(DocumentKind kind, KindSignal deciding, List<KindEvidence> evidence)
    {
        var parts = new List<string>();
        var quoted = new List<KindEvidence>();
        foreach (var group in evidence.Where(e => e.Kind == kind).GroupBy(e => e.Signal).OrderBy(g => g.Key == deciding ? -1 : (int)g.Key))
        {
            var lines = group.Where(e => !quoted.Any(e.OnSameLineAs)).ToList();
            if (lines.Count == 0) continue;
            parts.Add(Describe(lines));
            quoted.AddRange(lines);
        }
        return string.Join("、", parts);
    }

    /// <summary>“表名“收支预算总表”等24处”: the first line of a signal and how many lines carry it.</summary>
    private static string Describe(IEnumerable<KindEvidence> lines)
    {
        var all = lines.ToList();
        return all.Count > 1 ? $"{all[0].Describe()}等{all.Count}处" : all[0].Describe();
    }

    private static string Unknown(List<KindEvidence> evidence) => evidence.Count == 0
        ? NothingFound
        : "未能判断：" + string.Join("；", evidence.GroupBy(e => e.Kind).Select(g => $"{g.Key.ToChinese()}仅见{string.Join("、", g.GroupBy(e => e.Signal).Select(Describe))}")) + "，不足以确定文件类型";
}
