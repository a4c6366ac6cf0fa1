using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The bodies a document states share the department's office or whose names it bears (“区委统战部与区民族宗教事务局合署办公”,
/// “加挂南宁市青秀区文物局牌子”), each a <see cref="TextMarkKind.SharedOfficeName"/> whose context is the body it is the other
/// name of as the statement names it, empty where the statement is the department's about itself (“本局加挂…牌子”, “与…合署办公”
/// with no subject). Only these statements are read; how other running text is read does not change. The words are data:
/// shared-office-statements.json.
/// </summary>
public static partial class SharedOfficeStatements
{
    private static readonly StatementsFile Data = VocabularyFile.Load<StatementsFile>("shared-office-statements.json");

    [GeneratedRegex(@"[^。；;，,：:]+")]
    private static partial Regex Clauses();

    /// <summary>The bodies the statements of <paramref name="text"/> join to another (or to the department), located at <paramref name="location"/>.</summary>
    public static IEnumerable<TextMark> Read(string text, SourceLocation location)
    {
        foreach (Match clause in Clauses().Matches(Citations.Without(Spaceless.Of(text))))
        {
            foreach (var (name, of) in Borne(clause.Value).Concat(Shared(clause.Value)))
            {
                yield return new TextMark(TextMarkKind.SharedOfficeName, name, of, location);
            }
        }
    }

    /// <summary>
    /// The first of the two bodies <paramref name="name"/> prints together (“中共南宁市青秀区委统战部和南宁市青秀区民族宗教事务局” on a cover, read as
    /// one name across 和) when one of the <paramref name="statements"/> (<see cref="Read"/>) joins them, each perhaps by its level only
    /// (“区自然资源局和区林业局合署办公”), else <paramref name="name"/>: the joint is split only where a statement shares the two bodies'
    /// office, never inside a name (“住房和城乡建设局”).
    /// </summary>
    public static string FirstOfJoined(string name, IEnumerable<TextMark> statements)
    {
        var joined = statements.Where(s => s.Context.Length > 0).ToList();
        var compact = Spaceless.Of(name);
        for (var at = 1; joined.Count > 0 && at < compact.Length; at++)
        {
            foreach (var joint in Data.Shares.Joints.Prepend(string.Empty).Where(j => string.CompareOrdinal(compact, at, j, 0, j.Length) == 0))
            {
                var (first, second) = (compact[..at], compact[(at + joint.Length)..]);
                if (Whole(first) is not null && Whole(second) is not null
                    && joined.Any(s => DepartmentNameForms.Same(s.Context, first) && DepartmentNameForms.Same(s.Text, second))) return first;
            }
        }
        return name;
    }

    /// <summary>“（A）加挂B、C牌子”: B and C, the other names of A (empty: the department).</summary>
    private static IEnumerable<(string Name, string Of)> Borne(string clause)
    {
        foreach (var verb in Data.Bears.Verbs.OrderByDescending(v => v.Length))
        {
            var at = clause.IndexOf(verb, StringComparison.Ordinal);
            if (at < 0) continue;
            var from = at + verb.Length;
            var end = Data.Bears.Ends.Select(e => clause.IndexOf(e, from, StringComparison.Ordinal)).Where(e => e > from).DefaultIfEmpty(-1).Min();
            if (end < 0 || Subject(clause[..at]) is not { } subject || Names(clause[from..end].TrimEnd('的')) is not { } names) return [];
            return names.Select(n => (n, subject));
        }
        return [];
    }

    /// <summary>
    /// “A与B合署办公”: B the other name of A and A of B; “（本局）与B合署办公”: B of the department; “A、B、C合署办公”: each the other
    /// name of each. A decision the statement cites before its bodies, with no comma between (“根据…机构改革方案A同B合署办公”), is no part
    /// of them, nor is a decision cited inside it (“我局根据《…》（…号）与县地震局合署办公”: <see cref="Citations"/>).
    /// </summary>
    private static IEnumerable<(string Name, string Of)> Shared(string clause)
    {
        if (Data.Shares.Verbs.OrderByDescending(v => v.Length).Select(v => clause.IndexOf(v, StringComparison.Ordinal)).FirstOrDefault(i => i >= 0, -1) is not (> 0 and var at))
            return [];
        var before = Citations.Uncited(clause[..at]);
        for (var j = 0; j < before.Length; j++)
        {
            if (Data.Shares.Joints.FirstOrDefault(w => string.CompareOrdinal(before, j, w, 0, w.Length) == 0) is not { } joint) continue;
            if (Subject(before[..j]) is not { } subject || Names(before[(j + joint.Length)..]) is not { } partners) continue;
            return subject.Length == 0 ? partners.Select(p => (p, string.Empty)) : partners.Select(p => (p, subject)).Concat(partners.Select(p => (subject, p)));
        }
        return Names(before) is { Count: > 1 } bodies ? bodies.SelectMany(b => bodies.Where(o => o != b).Select(o => (o, b))) : [];
    }

    /// <summary>The body a statement is about: empty for none or a word the department names itself by (“本局”), the name when it is one, else null.</summary>
    private static string? Subject(string text) =>
        Citations.Uncited(text) is var subject && (subject.Length == 0 || SelfDescriptions.NamesItself(subject)) ? string.Empty : Whole(subject);

    /// <summary>
    /// The names of the list <paramref name="text"/> is (“A、B和C”), else the name it is; null unless each item is a whole name. A
    /// separator splits the list only where the text before it is a whole name, so a name holding one (“区住房和城乡建设局、区人民防空办公室”,
    /// “人力资源和社会保障局”, “工业和信息化局”) stays one item, while two names joined by one (“…地震局和…人民防空办公室”) are two.
    /// </summary>
    private static List<string>? Names(string text)
    {
        for (var at = 1; at < text.Length; at++)
        {
            foreach (var separator in Data.Separators.Where(s => string.CompareOrdinal(text, at, s, 0, s.Length) == 0))
            {
                if (Whole(text[..at]) is { } first && Names(text[(at + separator.Length)..]) is { } rest) return [first, .. rest];
            }
        }
        return Whole(text) is { } name ? [name] : null;
    }

    /// <summary><paramref name="text"/> when it is an organisation's name and nothing more, its place perhaps only its level (“区文物局”); else null.</summary>
    private static string? Whole(string text) => OrganisationNames.AtStartOrLevelOnly(text) is { } m && m.Index == 0 && m.Length == text.Length ? text : null;

    private sealed class StatementsFile
    {
        public StatementWords Bears { get; init; } = new();

        public StatementWords Shares { get; init; } = new();

        public List<string> Separators { get; init; } = new();
    }

    private sealed class StatementWords
    {
        public List<string> Verbs { get; init; } = new();

        /// <summary>The words ending the names after the verb (“牌子”).</summary>
        public List<string> Ends { get; init; } = new();

        /// <summary>The words between the two bodies before the verb (“与”).</summary>
        public List<string> Joints { get; init; } = new();
    }
}
