using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Organisations named where only the document's own department belongs: a title or heading
/// (“第一部分上海市普陀区财政局概况”), a label line or cell (“编制单位：…”, a 自评表's “部门（单位）名称 | …”, the unit that filled a
/// form in, “填报单位：…”: department-labels.json);
/// in running text, only the subject of the department's description of itself (<see cref="SelfDescriptions"/>): other sentences
/// legitimately name other bodies (上级部门, the 财政局 of a 政府采购 sentence).
/// </summary>
public static partial class DepartmentNames
{
    private static readonly Regex LabelLine;

    private static readonly Regex LabelCell;

    /// <summary>A table number glued to a label's value by the layout (“编制单位：宁乡市财政局公开01表”), read as a break.</summary>
    private static readonly Regex Leader;

    static DepartmentNames()
    {
        var data = EmbeddedJson.Load<LabelsFile>(
            typeof(DepartmentNames).Assembly, "department-labels.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        var seal = $"(?:{Either(data.Seals)})?";
        var labels = $"(?<own>(?:{Either(data.Labels)}){seal})|(?<filler>(?:{Either(data.Fillers)}){seal})|(?<implementer>(?:{Either(data.Implementers)}){seal})";
        var leaders = string.Join('|', data.Leaders);
        LabelLine = new Regex($@"^\s*(?:(?:{leaders})\s*)?(?:{labels})\s*[：:]\s*(?<v>\S.*)$", RegexOptions.Compiled);
        LabelCell = new Regex($@"^(?:{labels}|(?<supervisor>(?:{Either(data.Supervisors)}){seal}))[：:]?$", RegexOptions.Compiled);
        Leader = new Regex($"(?:{leaders})", RegexOptions.Compiled);
    }

    /// <summary>Labels as alternatives of a pattern, the longest first (“填报单位（盖章）” before “填报单位”).</summary>
    private static string Either(IEnumerable<string> labels) => string.Join('|', labels.OrderByDescending(l => l.Length).Select(DepartmentIdentityWords.Label));

    // An ordinal is never the start of a year (“一、2023年度…”, “二〇二三年…”), which OrganisationNames skips before the name.
    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|(?![0-9〇○零一二三四五六七八九十]{2,4}年)[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]?|关于)+")]
    private static partial Regex TitlePrefix();

    /// <summary>
    /// The organisation a title line names at its start, after its ordinal and year (“一、2017年度江苏省高级人民法院部门收支预算总表”),
    /// its places perhaps only its level (“区财政局2023年度部门决算”), or none. A numbered heading that is a name and nothing more
    /// (“（三）沁阳市人民医院” under 机构设置) lists a unit of the department, and names none. The title of a report one body issues on
    /// another's spending names its issuer first (“石门县财政局关于…财政重点绩效评价报告”): the department is the body after the issuer's
    /// lead, if any is named (<see cref="DepartmentIdentityWords.AfterIssuer"/>), never the issuer — also where the title runs on to the
    /// line below, <paramref name="next"/> (“石门县财政局关于石门县高标准农田建设项目” / “财政重点绩效评价报告”).
    /// </summary>
    public static TextMark? InTitle(string text, SourceLocation location, string? next = null)
    {
        var compact = Spaceless.Of(text);
        var rest = TitlePrefix().Replace(compact, string.Empty);
        if (IssuedReport(rest, next) && DepartmentIdentityWords.AfterIssuer(rest) is { } evaluated) rest = evaluated;
        if (OrganisationNames.AtStartOrLevelOnly(rest) is not { } m || rest.Length < compact.Length && m.Index + m.Length == rest.Length) return null;
        return new TextMark(TextMarkKind.DepartmentName, m.Value, compact, location);
    }

    /// <summary>Whether the title <paramref name="compact"/>, alone or run on to the line <paramref name="next"/>, is an issued report's (issuedReports).</summary>
    private static bool IssuedReport(string compact, string? next) =>
        DepartmentIdentityWords.IsIssuedReport(compact) || next is not null && DepartmentIdentityWords.IsIssuedReport(compact + Spaceless.Of(next));

    /// <summary>
    /// The organisation a table's or part's title printed as a plain paragraph names, with no ordinal before it (“南宁市青秀区民政局2023年度收入支出决算总表”,
    /// “二〇二三年南宁市青秀区民政局收入支出决算总表”: <see cref="DepartmentIdentityWords.OpensATitle"/>), read as <see cref="InTitle"/> reads a
    /// numbered one — also where the layout glued the title to the end of a units list it did not close, after the list's punctuation
    /// (“本部门决算包括：…中心。南宁市青秀区民政局2023年度部门决算”) or right after an item's own level (“…教育局本级南宁市青秀区民政局2023年度部门决算”),
    /// or before the year that opens it (“…机关成都市武侯区疾病预防控制中心二〇二三年成都市武侯区卫生健康局部门决算”); of the names glued after
    /// an item's own level the last ending as a department's does opens the title (“…教育局本级南宁市青秀区民政局2023年度部门决算”: the
    /// 民政局, while “…教育局本级南宁市青秀区第一中学2023年度部门决算” lists a school of the 教育局), located from the title's
    /// start (<paramref name="locate"/>(start, end) of <paramref name="text"/>); null when the paragraph ends with no title. A name after a
    /// word of running text (“本表为南宁市…”) opens no title.
    /// </summary>
    public static TextMark? InTableTitle(string text, Func<int, int, SourceLocation> locate)
    {
        var compact = Spaceless.Of(text);
        if (DepartmentIdentityWords.OpensATitle(compact, 0)) return InTitle(text, locate(0, text.Length));
        var names = OrganisationNames.Pattern.Matches(compact).ToList();
        Match? title = null;
        for (var i = 0; i < names.Count; i++)
        {
            var m = names[i];
            if (DepartmentIdentityWords.TitleStart(compact, m.Index) is not { } start || Listed(compact, m, names.Skip(i + 1))) continue;
            if (start < m.Index)
            {
                title = m;
                break;
            }
            if (AfterABreak(compact, start) && (title is null || OrganisationNames.AfterOwnLevel(compact, start) && OrganisationNames.IsDepartment(m.Value))) title = m;
        }
        if (title is null) return null;
        var own = LastGlued(compact, title);
        return new TextMark(TextMarkKind.DepartmentName, compact[own..(title.Index + title.Length)], compact[own..], locate(Printed(text, own), text.Length));
    }

    /// <summary>
    /// Whether the name <paramref name="name"/> is an item of a list: a clause's punctuation stands between it and a name after it
    /// (“南宁市青秀区教育局本级、南宁市青秀区第一中学…”), not only inside the title it would open (“…2023年度“三公”经费、会议费…支出决算表”).
    /// </summary>
    private static bool Listed(string compact, Match name, IEnumerable<Match> later) =>
        later.Any(n => compact.AsSpan(name.Index + name.Length, n.Index - name.Index - name.Length).IndexOfAny(Punctuation.ClausePunctuation) >= 0);

    /// <summary>
    /// Where the last of the names a units list glued into one (“南宁市青秀区财政投资评审中心南宁市青秀区民政局”, before a title's year)
    /// starts: the title's own name, the ones before it the list's units; the name's start when it is one.
    /// </summary>
    private static int LastGlued(string compact, Match name)
    {
        var end = name.Index + name.Length;
        for (var at = end - 2; at > name.Index; at--)
        {
            if (Whole(compact[at..end]) && Whole(compact[name.Index..at])) return at;
        }
        return name.Index;
    }

    private static bool Whole(string text) => OrganisationNames.AtStart(text) is { } m && m.Length == text.Length;

    /// <summary>
    /// Whether a title may start at <paramref name="start"/> of <paramref name="compact"/> without a year before its name: after punctuation,
    /// or after a listed unit's own level (“…本级”). A year before the name marks a title's start wherever it stands (“…中心二〇二三年成都市…部门决算”),
    /// and is preferred: the names glued before it are the list's units.
    /// </summary>
    private static bool AfterABreak(string compact, int start) =>
        Punctuation.SentencePunctuation.Contains(compact[start - 1]) || Punctuation.ClausePunctuation.Contains(compact[start - 1]) || OrganisationNames.AfterOwnLevel(compact, start);

    /// <summary>The index in <paramref name="text"/> of the character at <paramref name="compact"/> index of its spaceless form.</summary>
    private static int Printed(string text, int compact)
    {
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (seen++ == compact) return i;
        }
        return text.Length;
    }

    /// <summary>
    /// The organisation of a “部门：…” line (after the table number printed with it, if any), its name perhaps ended on the
    /// line below, <paramref name="next"/>, where the layout broke it after its places (“编制单位：上海市普陀区” / “财政局”:
    /// <see cref="OrganisationNames.SplitEnd"/>), or none; after a filler's label (“填报单位：…”) a <see cref="TextMarkKind.FillingUnitName"/>,
    /// after an implementer's (“实施单位：…”) a <see cref="TextMarkKind.ImplementerName"/>.
    /// </summary>
    public static TextMark? InLabel(string text, SourceLocation location, string? next = null)
    {
        if (text.AsSpan().IndexOfAny('：', ':') < 0) return null;
        var line = LabelLine.Match(text);
        if (!line.Success) return null;
        var end = next is null ? null : OrganisationNames.SplitEnd(Spaceless.Of(line.Groups["v"].Value), Spaceless.Of(next));
        return Named(KindOf(line), line.Groups["v"].Value + end, Spaceless.Of(text) + end, location);
    }

    /// <summary>
    /// The organisations of a row's label cells (“部门（单位）名称”, a project form's “主管部门”), each the next cell's value, or of a
    /// grid's title row (<see cref="InTitleRow"/>).
    /// </summary>
    public static IEnumerable<TextMark> InRow(SourceRow row)
    {
        var cells = row.Cells.Where(c => c.Text.Length > 0).OrderBy(c => c.Column).ToList();
        if (InTitleRow(cells) is { } title) yield return title;
        for (var i = 0; i + 1 < cells.Count; i++)
        {
            var label = Spaceless.Of(cells[i].Text);
            if (LabelCell.Match(label) is not { Success: true } labelled) continue;
            if (Named(KindOf(labelled), cells[i + 1].Text, label + "：" + Spaceless.Of(cells[i + 1].Text), cells[i + 1].Location) is { } name) yield return name;
        }
    }

    /// <summary>
    /// The organisation a grid's title row names: a table's title (<see cref="InTableTitle"/>) in one of its cells, no label's
    /// (“遵义市播州区乌江镇人民政府支出决算表”, or beside the cells a title row also holds: “公开01表”, “单位：万元”), or run over a cell
    /// and the next, the layout having put the name and the rest of the title apart (“南宁市西乡塘区财政局 | 2024年度部门决算”); the first
    /// found.
    /// </summary>
    private static TextMark? InTitleRow(List<SourceCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (LabelLine.IsMatch(cells[i].Text)) continue;
            var location = cells[i].Location;
            if (InTableTitle(cells[i].Text, (_, _) => location) is { } title) return title;
            if (i + 1 < cells.Count && !LabelLine.IsMatch(cells[i + 1].Text) && OrganisationNames.AtStart(Spaceless.Of(cells[i].Text)) is { } name
                && name.Length == Spaceless.Of(cells[i].Text).Length && InTableTitle(cells[i].Text + cells[i + 1].Text, (_, _) => location) is { } run) return run;
        }
        return null;
    }

    private static TextMarkKind KindOf(Match label) =>
        label.Groups["filler"].Success ? TextMarkKind.FillingUnitName
        : label.Groups["implementer"].Success ? TextMarkKind.ImplementerName
        : label.Groups["supervisor"].Success ? TextMarkKind.SupervisorName
        : TextMarkKind.DepartmentName;

    private static TextMark? Named(TextMarkKind kind, string value, string context, SourceLocation location)
    {
        return OrganisationNames.AtStartOrLevelOnly(Spaceless.Of(Leader.Replace(value, "|"))) is { } m ? new TextMark(kind, m.Value, context, location) : null;
    }

    private sealed class LabelsFile
    {
        public List<string> Labels { get; init; } = new();

        /// <summary>The labels of the unit that filled a form in (“填报单位：…”).</summary>
        public List<string> Fillers { get; init; } = new();

        /// <summary>The labels of the unit carrying a project out (“实施单位：…”).</summary>
        public List<string> Implementers { get; init; } = new();

        /// <summary>The labels of a form's cell naming the department owning a project (“主管部门”), read in cells only.</summary>
        public List<string> Supervisors { get; init; } = new();

        /// <summary>The marks of a seal a label may keep (“编制单位（盖章）”), after any label.</summary>
        public List<string> Seals { get; init; } = new();

        /// <summary>Patterns of a table number that may stand before a label on its line (“公开06表单位名称：…”).</summary>
        public List<string> Leaders { get; init; } = new();
    }
}
