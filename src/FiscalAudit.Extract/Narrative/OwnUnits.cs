using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The department's own units as its 机构设置 section names them (“沁阳市财政局所属单位包括：沁阳市财政投资评审中心、沁阳市国库支付中心”,
/// “（一）沁阳市人民医院”), so that a form or label naming one of them (“填报单位：沁阳市财政投资评审中心”) is not read as another
/// department's. Cited bodies (“按照《…》”), the subject of a sentence in which a department describes itself (“X内设…”, still
/// checked against the department), the departments of a statement of a shared office (“…与…合署办公”, “加挂…牌子”: SharedOfficeStatements, the
/// department's other names only where the department makes it; units sharing an office with each other, “…农业服务中心与…村镇建设服务中心合署办公”, are units), a unit's parent
/// named after a verb (“…镇财政所为遵义市播州区财政局的派出机构”: department-labels.json's namedParents) and the name opening a part's or a table's title the section's text runs into when the layout
/// did not close it (“本部门下属单位包括：…” followed by “南宁市青秀区民政局2023年度收入支出决算总表”) are no units. The section's heading words are data: department-labels.json's unitSections.
/// </summary>
public static class OwnUnits
{
    private static readonly SectionsFile Data = VocabularyFile.Load<SectionsFile>("department-labels.json");

    private static readonly IReadOnlyList<string> SectionWords = Data.UnitSections;

    /// <summary>Text ending with a word before a parent (“隶属于”, “归口”).</summary>
    private static readonly Regex AfterParentWord = new($"(?:{string.Join('|', Data.UnitParents.Select(Regex.Escape))})$", RegexOptions.Compiled);

    /// <summary>Text ending with a verb naming a unit's parent (“…财政所为”).</summary>
    private static readonly Regex AfterParentVerb = new($"(?:{string.Join('|', Data.NamedParents.Verbs.Select(Regex.Escape))})$", RegexOptions.Compiled);

    /// <summary>Text opening with the words closing a parent's name after such a verb (“的派出机构”, “所属”).</summary>
    private static readonly Regex BeforeParentEnd = new($@"\G(?:{string.Join('|', Data.NamedParents.Ends.Select(Regex.Escape))})", RegexOptions.Compiled);

    /// <summary>
    /// The level of the units section's heading that a text after the title <paramref name="title"/> lies in, given the one the
    /// text before it lay in (<paramref name="opened"/>), or null outside it: a title naming the section opens it, and it runs over
    /// the titles numbered below its heading (“（一）沁阳市人民医院” under “二、机构设置”) up to the next of its level or above.
    /// </summary>
    public static OutlineLevel? Section(OutlineEntry title, OutlineLevel? opened) =>
        SectionWords.Any(w => title.Text.Contains(w, StringComparison.Ordinal)) ? title.Level
        : opened is { } level && title.Level > level && title.Level != OutlineLevel.Unnumbered ? level
        : null;

    /// <summary>The units <paramref name="text"/> names, each located with <paramref name="locate"/>(start, end).</summary>
    public static IEnumerable<TextMark> Read(string text, Func<int, int, SourceLocation> locate)
    {
        var compact = Spaceless.Of(text);
        var subjects = SelfDescriptions.Read(text, locate).Select(m => m.Text).ToHashSet();
        var shared = SharedOfficeStatements.Read(text, locate(0, text.Length)).Select(m => m.Text).Where(OrganisationNames.IsDepartment).ToList();
        foreach (Match m in OrganisationNames.Pattern.Matches(compact))
        {
            // A statement's bodies may be read as one name across a joint that is part of names too (“…农业农村局和…乡村振兴局”).
            if (subjects.Contains(m.Value) || shared.Any(s => m.Value.Contains(s, StringComparison.Ordinal)) || DepartmentIdentityWords.IsCited(compact, m.Index) || AfterParentWord.IsMatch(compact.AsSpan(0, m.Index))
                || NamedParent(compact, m) || DepartmentIdentityWords.OpensATitle(compact, m.Index)) continue;
            yield return new TextMark(TextMarkKind.OwnUnitName, m.Value, compact, locate(0, text.Length));
        }
    }

    /// <summary>Whether the name <paramref name="m"/> is a unit's parent named after a verb (“…财政所为遵义市播州区财政局的派出机构”: namedParents).</summary>
    private static bool NamedParent(string compact, Match m) =>
        AfterParentVerb.IsMatch(compact.AsSpan(0, m.Index)) && BeforeParentEnd.IsMatch(compact, m.Index + m.Length);

    private sealed class SectionsFile
    {
        public List<string> UnitSections { get; init; } = new();

        public List<string> UnitParents { get; init; } = new();

        public ParentWords NamedParents { get; init; } = new();
    }

    private sealed class ParentWords
    {
        public List<string> Verbs { get; init; } = new();

        public List<string> Ends { get; init; } = new();
    }
}
