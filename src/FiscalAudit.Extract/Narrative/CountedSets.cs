using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The set a count names (“我部门共有7个项目批复了绩效目标” → 个 + “项目批复绩效目标”; “纳入绩效自评的项目共8个” → “纳入绩效自评的项目” + 个),
/// so that two counts of one set stated apart can be compared: the words after the count to the end of its clause, and its label
/// without fillers at either end (subjects, tallies, the document's year). A label naming a part, another year's or another body's set
/// (“其中”, “上年”) names none, and so does a count with no words after it in its clause (a target and what came of it name their set
/// alike: “补助村（社区）30个” planned, “补助村（社区）32个” done). The words are data: counted-lists.json (sets).
/// </summary>
public sealed class CountedSets
{
    private readonly Words words;
    private readonly Regex clauseEnd = new(@"[，,。；;：:、（()\d]", RegexOptions.Compiled);

    private CountedSets(Words words) => this.words = words;

    public static CountedSets Default { get; } = new(VocabularyFile.Load<Vocabulary>("counted-lists.json").Sets);

    /// <summary>
    /// The set counted by a count of <paramref name="unit"/> whose label is <paramref name="raw"/> and after which <paramref name="after"/>
    /// follows, in a document of <paramref name="year"/>; null when its label scopes it or it names too little to be told apart.
    /// </summary>
    public CountedSet? Of(string raw, string after, string unit, int? year)
    {
        if (words.Scoped.Any(w => raw.Contains(w, StringComparison.Ordinal))) return null;
        var end = clauseEnd.Match(after);
        var clause = (end.Success ? after[..end.Index] : after).Replace("了", string.Empty).Trim();
        var label = WithoutFillers(raw, year);
        // “预期目标：…补助村（社区）30个” / “实际完成情况：…补助村（社区）32个”: a set named by its label alone may be a target and its outcome.
        if (clause.Length == 0) return null;
        return label.Length + clause.Length >= words.MinimumLength ? new CountedSet(label, unit, clause) : null;
    }

    private string WithoutFillers(string raw, int? year)
    {
        var fillers = Alternatives(year is int y ? words.Fillers.Append($"{y}年度").Append($"{y}年") : words.Fillers);
        return Regex.Replace(raw.Trim(), $@"^(?:{fillers}|\s)+|(?:{fillers}|\s)+$", string.Empty);
    }

    private sealed class Vocabulary
    {
        public Words Sets { get; init; } = new();
    }

    private sealed class Words
    {
        public List<string> Fillers { get; init; } = new();

        public List<string> Scoped { get; init; } = new();

        public int MinimumLength { get; init; }
    }
}
