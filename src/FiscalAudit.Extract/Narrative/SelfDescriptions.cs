using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The organisations a paragraph names as the subject of a department's description of itself (“西充县教育局是县政府工作部门，…”,
/// “上海市普陀区财政局的主要职责是：”, “敦化路街道办事处内设…”, “遵义市播州区鸭溪镇人民政府下设…”, “本单位为遵义市播州区鸭溪镇人民政府，…”): only the department belongs there. A unit named in passing (“在县财政局
/// 指导下”) is no subject. The predicates and the words a department names itself by are data: self-descriptions.json.
/// </summary>
public static partial class SelfDescriptions
{
    private static readonly IReadOnlyList<(Regex Sentence, IReadOnlyList<string> Ends)> Predicates;

    private static readonly IReadOnlyList<string> SelfWords;

    /// <summary>A sentence opening with a word the department names itself by and a word naming it (“本单位为…”), the name (group “subject”) to its clause's end.</summary>
    private static readonly Regex SelfNamed;

    private static readonly IReadOnlyList<string> NotInSubject;

    /// <summary>A date opening a sentence before its subject (“2018年机构改革后，”, “2019年3月，”).</summary>
    private static readonly Regex DateOpening;

    /// <summary>A date standing after a subject, with the act it dates (“于2019年3月组建，”, “成立于1985年，”).</summary>
    private static readonly Regex DateAside;

    static SelfDescriptions()
    {
        var data = VocabularyFile.Load<DescriptionsFile>("self-descriptions.json");
        Predicates = data.Predicates
            .Select(p => (new Regex($@"^(?<subject>[\u4e00-\u9fa5][\u4e00-\u9fa5 \u3000]{{1,40}}?)(?:{p.Pattern})", RegexOptions.Compiled), (IReadOnlyList<string>)p.Ends))
            .ToList();
        SelfWords = data.SelfWords;
        NotInSubject = data.NotInSubject;
        DateOpening = new Regex($@"^\s*(?:{data.DateOpening})\s*", RegexOptions.Compiled);
        DateAside = new Regex(data.DateAside, RegexOptions.Compiled);
        SelfNamed = new Regex(
            $@"^(?:{Either(data.SelfWords)})(?:{Either(data.SelfNamed)})(?<subject>[\u4e00-\u9fa5][\u4e00-\u9fa5 \u3000]{{1,40}}?)\s*(?:[，,（(]|$)",
            RegexOptions.Compiled);
    }

    private static string Either(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>Whether <paramref name="text"/> is a word a department names itself by (“本局”, “我单位”), and nothing more.</summary>
    public static bool NamesItself(string text) => SelfWords.Contains(text);

    [GeneratedRegex(@"[^。；;]+")]
    private static partial Regex Sentences();

    /// <summary>The subject of each sentence of <paramref name="paragraph"/> that describes a department, as printed.</summary>
    public static IEnumerable<TextMark> Read(ParagraphBlock paragraph) => Read(paragraph.Text, paragraph.LocationOf);

    /// <summary>
    /// The subject of each sentence of <paramref name="text"/> that describes a department (a paragraph, or a table cell such as a
    /// 自评表's “部门职责”), read after the decision the sentence opens by citing (“根据《…》（…号）的规定，X是…”: <see cref="Citations"/>), its spaces removed (“普陀区 市场监督管理局” as a PDF prints it), located with <paramref name="locate"/>(start, end).
    /// </summary>
    public static IEnumerable<TextMark> Read(string text, Func<int, int, SourceLocation> locate)
    {
        foreach (Match sentence in Sentences().Matches(text))
        {
            var numbered = sentence.Value.TrimStart();
            var start = sentence.Index + sentence.Length - numbered.Length + ItemStart.Length(numbered);
            while (start < sentence.Index + sentence.Length && char.IsWhiteSpace(text[start])) start++;
            start += Opening(text[start..(sentence.Index + sentence.Length)]);
            var rest = text[start..(sentence.Index + sentence.Length)];
            if ((Subject(rest) ?? SubjectBeforeCitation(rest)) is { } subject)
            {
                yield return new TextMark(
                    TextMarkKind.DepartmentName, Spaceless.Of(subject.Value), rest.Trim(), locate(start + subject.Index, start + subject.Index + subject.Length));
            }
        }
    }

    /// <summary>
    /// How many characters of <paramref name="sentence"/> the citations and dates opening it take, in any order (“2018年机构改革后，”,
    /// “根据《…》（…号）的规定，”), 0 when none does.
    /// </summary>
    private static int Opening(string sentence)
    {
        var length = 0;
        while (true)
        {
            var rest = sentence[length..];
            var step = Citations.OpeningLength(rest) is var cited and > 0 ? cited : DateOpening.Match(rest) is { Success: true } date ? date.Length : 0;
            if (step == 0) return length;
            length += step;
        }
    }

    /// <summary>
    /// The subject of <paramref name="sentence"/> read with the decision it cites and the date it gives after its subject skipped (“X局根据
    /// 《…》（…号）设立，是…工作部门”, <see cref="Citations.Without"/>; “X局于2019年3月组建，为…工作部门”, “X局成立于1985年，是…”): the
    /// subject stands where it is printed, before them; none otherwise.
    /// </summary>
    private static Group? SubjectBeforeCitation(string sentence)
    {
        var without = DateAside.Replace(Citations.Without(sentence), string.Empty);
        if (without.Length == sentence.Length || Subject(without) is not { } subject) return null;
        var end = subject.Index + subject.Length;
        return string.CompareOrdinal(sentence, 0, without, 0, end) == 0 ? subject : null;
    }

    /// <summary>
    /// The organisation <paramref name="sentence"/> describes at its start (“X内设…”), or names after a word the department names
    /// itself by (“本单位为X，…”), or none.
    /// </summary>
    private static Group? Subject(string sentence)
    {
        if (SelfNamed.Match(sentence) is { Success: true } named && Named(named.Groups["subject"].Value, [])) return named.Groups["subject"];
        foreach (var (pattern, ends) in Predicates)
        {
            var m = pattern.Match(sentence);
            if (m.Success && Named(m.Groups["subject"].Value, ends)) return m.Groups["subject"];
        }
        return null;
    }

    /// <summary>Whether <paramref name="subject"/> is an organisation's name and nothing more, ending with one of <paramref name="ends"/> if any.</summary>
    private static bool Named(string subject, IReadOnlyList<string> ends)
    {
        var name = Spaceless.Of(subject);
        return OrganisationNames.Subject.IsMatch(name)
            && !SelfWords.Any(w => name.StartsWith(w, StringComparison.Ordinal))
            && !NotInSubject.Any(w => name.Contains(w, StringComparison.Ordinal))
            && (ends.Count == 0 || ends.Any(e => name.EndsWith(e, StringComparison.Ordinal)));
    }

    private sealed class Predicate
    {
        public string Pattern { get; init; } = string.Empty;

        public List<string> Ends { get; init; } = new();
    }

    private sealed class DescriptionsFile
    {
        public List<Predicate> Predicates { get; init; } = new();

        public List<string> SelfWords { get; init; } = new();

        /// <summary>The words after a self word that name the department (“本单位为…”).</summary>
        public List<string> SelfNamed { get; init; } = new();

        /// <summary>Words that make a subject a clause, not a name (“是”).</summary>
        public List<string> NotInSubject { get; init; } = new();

        /// <summary>The pattern of a date opening a sentence (“2018年机构改革后，”).</summary>
        public string DateOpening { get; init; } = string.Empty;

        /// <summary>The pattern of a date after a subject, with the act it dates (“于2019年3月组建，”).</summary>
        public string DateAside { get; init; } = string.Empty;
    }
}
