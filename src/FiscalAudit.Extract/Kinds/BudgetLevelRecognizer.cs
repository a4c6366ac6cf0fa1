using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// Decides whether a budget is a 部门预算 or a 单位预算 (Order 5), by the words of a
/// <see cref="BudgetLevelVocabulary"/>: the first line of the cover with a title naming one
/// (“上海市普陀区2025年区级单位预算”) or a label (“预算主管部门：…”), else the first label anywhere (“部门：…”
/// above a table), else the level most table titles and headings name. The reason quotes the deciding
/// line and the other signals that agree.
/// </summary>
public sealed class BudgetLevelRecognizer : IRecognizer
{
    private const string NothingFound = "未见“部门预算”“单位预算”标题，也未见预算主管部门、预算单位等署名";

    private readonly BudgetLevelVocabulary levels;
    private readonly KindVocabulary kinds;
    private readonly KindWordFinder words;

    public BudgetLevelRecognizer()
        : this(BudgetLevelVocabulary.Default, KindVocabulary.Default)
    {
    }

    /// <param name="kinds">Says how many lines are the cover (its title lines) and how long a heading may be.</param>
    public BudgetLevelRecognizer(BudgetLevelVocabulary levels, KindVocabulary kinds)
    {
        this.levels = levels;
        this.kinds = kinds;
        words = new KindWordFinder(kinds.SharedWords);
    }

    public int Order => 5;

    public IReadOnlyList<DocumentKind> Kinds { get; } = new[] { DocumentKind.Budget };

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var evidence = Read(document);
        var deciding = evidence.FirstOrDefault(e => e.OnCover && e.Signal != LevelSignal.Heading)
            ?? evidence.FirstOrDefault(e => e.Signal == LevelSignal.Label)
            ?? MostNamed(evidence.Where(e => e.Signal == LevelSignal.Heading).ToList());
        if (deciding is null)
        {
            disclosure.LevelReason = NothingFound;
            return;
        }
        disclosure.Level = deciding.Level;
        disclosure.LevelReason = Reason(deciding, evidence);
        disclosure.LevelLocation = deciding.Location;
    }

    /// <summary>Every line naming a level: labels anywhere, title words in the cover as titles and further down as headings.</summary>
    private List<LevelEvidence> Read(SourceDocument document)
    {
        var found = new List<LevelEvidence>();
        var index = 0;
        foreach (var (text, location) in DocumentText.Lines(document))
        {
            var line = HeadingText.Compact(text);
            var cover = index++ < kinds.TitleLines;
            if (line.Length == 0 || HeadingText.IsSentence(line)) continue;
            if (LabelOf(line) is { } labelled)
            {
                found.Add(new LevelEvidence(labelled.Level, LevelSignal.Label, HeadingText.Excerpt(line), location, cover));
                continue;
            }
            if (TitleOf(line) is not { } titled) continue;
            if (cover) found.Add(new LevelEvidence(titled.Level.Level, LevelSignal.Title, HeadingText.Quote(line, titled.Start), location, cover));
            else if (line.Length <= kinds.MaxHeadingLength && !HeadingText.IsNote(line)) found.Add(new LevelEvidence(titled.Level.Level, LevelSignal.Heading, HeadingText.Quote(line, titled.Start), location, cover));
        }
        return found;
    }

    /// <summary>The level whose label and a colon start the line (“编制单位：”).</summary>
    private LevelWords? LabelOf(string line) =>
        levels.Levels.FirstOrDefault(l => l.Labels.Any(label => line.Length > label.Length && line.StartsWith(label, StringComparison.Ordinal) && line[label.Length] is '：' or ':'));

    /// <summary>The level whose title word comes first in the line, and where it starts.</summary>
    private (LevelWords Level, int Start)? TitleOf(string line) =>
        levels.Levels.Select(l => (Level: l, Word: words.First(line, l.Titles))).Where(x => x.Word is not null)
            .OrderBy(x => x.Word!.Value.Start).Select(x => ((LevelWords, int)?)(x.Level, x.Word!.Value.Start)).FirstOrDefault();

    /// <summary>The first heading of the level most headings name; null when none does or two levels tie.</summary>
    private static LevelEvidence? MostNamed(List<LevelEvidence> headings)
    {
        var counts = headings.GroupBy(e => e.Level).OrderByDescending(g => g.Count()).ToList();
        return counts.Count == 0 || (counts.Count > 1 && counts[0].Count() == counts[1].Count()) ? null : counts[0].First();
    }

    /// <summary>The deciding signal first, then every other signal agreeing: its first line and how many lines carry it.</summary>
    private static string Reason(LevelEvidence deciding, List<LevelEvidence> evidence) =>
        string.Join("、", evidence.Where(e => e.Level == deciding.Level).GroupBy(e => e.Signal)
            .OrderBy(g => g.Key == deciding.Signal ? -1 : (int)g.Key)
            .Select(g => g.Count() > 1 ? $"{g.First().Describe()}等{g.Count()}处" : g.First().Describe()));
}
