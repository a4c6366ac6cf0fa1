using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// The words of department-identity.json: a cover's title naming the department (“成都市武侯区民政局2024年部门预算”), the labels
/// before a document's own department (on a line with a colon, or in a form's cell), ranked, and the words that cite another
/// body (“按照《四川省财政厅关于…通知》”: <see cref="Citations.Opens"/>), whose names are never the department.
/// </summary>
internal static class DepartmentIdentityWords
{
    private static readonly Words Data = EmbeddedJson.Load<Words>(
        typeof(DepartmentIdentityWords).Assembly, "department-identity.json", new JsonSerializerOptions { PropertyNameCaseInsensitive = true });

    private static readonly string Labels = string.Join('|', Data.Labels.OrderByDescending(l => l.Length).Select(Label));

    /// <summary>
    /// A title naming the department (group 1, perhaps with words before the name) before its kind: a part's ordinal (“第二部分”),
    /// a lead (“关于”) and the year (“2023年度”, “二〇二三年”: <see cref="OrganisationNames.Year"/>) may stand before it, the year after it,
    /// then a level, its qualifiers and the kind of document.
    /// </summary>
    public static Regex Title { get; } = new(
        $@"^(?:第[一二三四五六七八九十]+部分)?(?:{Either(Data.Title.Leads)})?(?:{OrganisationNames.Year})?(\S{{2,40}}?)\s*(?:{OrganisationNames.Year})?\s*"
        + $"(?:{Either(Data.Title.Levels)}){string.Concat(Data.Title.Qualifiers.Select(q => $"(?:{Regex.Escape(q)})?"))}(?:{Either(Data.Title.Kinds)})",
        RegexOptions.Compiled);

    /// <summary>
    /// A table's title naming the department (group 1) before the year — or after it, “2023年度南宁市青秀区财政局收入支出决算总表” —, then
    /// the table's name with a kind of document, ending as a table's title ends (“南宁市青秀区财政局2023年度收入支出决算总表”, where the
    /// cover is lost and 表一's title alone names it).
    /// </summary>
    public static Regex TableTitle { get; } = new(
        $@"^(?<year>{OrganisationNames.Year})?(\S{{2,40}}?)\s*(?(year)|{OrganisationNames.Year})\S{{0,30}}?(?:{Either(Data.Title.TableKinds)})\S{{0,8}}?(?:{Either(Data.Title.TableEnds)})$",
        RegexOptions.Compiled);

    /// <summary>
    /// The name of a table printed right after the department's name, with no year between them (“支出决算表” of
    /// “遵义市播州区乌江镇人民政府支出决算表”, “部门决算表”, “财政拨款收入支出决算总表”): a kind of document, ending as a table's title ends.
    /// </summary>
    private static readonly Regex TableName = new(
        $@"^\S{{0,30}}?(?:{Either(Data.Title.TableKinds)})\S{{0,8}}?(?:{Either(Data.Title.TableEnds)})$", RegexOptions.Compiled);

    /// <summary>A line starting with a label (group “label”) and a colon, its value the group 1.</summary>
    public static Regex LabelLine { get; } = new($@"^(?<label>{Labels})\s*[：:]\s*(\S{{2,40}})", RegexOptions.Compiled);

    private static readonly Regex LabelCell = new($@"^(?:{Labels})[：:]?$", RegexOptions.Compiled);

    /// <summary>A year the text before a name ends with (“二〇二三年” of “二〇二三年南宁市…收入支出决算总表”), part of the title the name opens.</summary>
    private static readonly Regex YearBefore = new($"(?:{OrganisationNames.Year})$", RegexOptions.Compiled);

    private static readonly Regex Citation = new($@"(?:{Either(Citations.Opens)})《?$", RegexOptions.Compiled);

    /// <summary>The rank of a form cell's label (the lower the more the cell is the document's own), or null when the cell holds no label.</summary>
    public static int? CellRank(string compact) => LabelCell.IsMatch(compact) ? Rank(compact.TrimEnd('：', ':')) : null;

    /// <summary>
    /// Whether a value after <paramref name="label"/> names no department unless an organisation's name opens it (evaluatedLabels:
    /// “评价对象：石门县农业农村局2024年度部门整体支出”, not “评价对象：2024年度高标准农田建设项目”).
    /// </summary>
    public static bool NamesOnlyFirst(string label) => Data.EvaluatedLabels.Contains(label);

    /// <summary>
    /// The text after the issuer <paramref name="compact"/> opens with, an organisation and a lead (“石门县财政局关于…”), or null when it
    /// opens with no issuer: the body reporting on another's spending (issuedReports) is not the body it reports on.
    /// </summary>
    public static string? AfterIssuer(string compact)
    {
        if (OrganisationNames.AtStart(compact) is not { } issuer) return null;
        var rest = compact[(issuer.Index + issuer.Length)..];
        return Data.Title.Leads.FirstOrDefault(l => rest.StartsWith(l, StringComparison.Ordinal)) is { } lead ? rest[lead.Length..] : null;
    }

    /// <summary>The first body <paramref name="compact"/> says carries a project out (implementedBy: “…项目由石门县农业农村局组织实施”), or null.</summary>
    public static string? Implementer(string compact) =>
        OrganisationNames.Pattern.Matches(compact)
            .FirstOrDefault(m => Data.Title.ImplementedBy.Before.Any(b => compact.AsSpan(0, m.Index).EndsWith(b, StringComparison.Ordinal))
                && Data.Title.ImplementedBy.After.Any(a => compact.AsSpan(m.Index + m.Length).StartsWith(a, StringComparison.Ordinal)))?.Value;

    /// <summary>Whether <paramref name="compact"/> is the title of a report one body issues on another's spending (issuedReports: “…财政重点绩效评价报告”).</summary>
    public static bool IsIssuedReport(string compact) => Data.Title.IssuedReports.Any(r => compact.EndsWith(r, StringComparison.Ordinal));

    /// <summary>Whether a label of <paramref name="rank"/> is one a project form prints (主管部门, 填报单位, 实施单位), which yields on a cover to a better-ranked label.</summary>
    public static bool IsFormLabel(int rank) => rank >= Data.Labels.IndexOf(Data.FormLabelsFrom);

    /// <summary>
    /// Whether a label of <paramref name="rank"/> (or a title, ranked before every label) names the document's own department and so
    /// weighs for it: every label before othersFrom (“填报单位”, “实施单位” may name a unit carrying out one of its projects).
    /// </summary>
    public static bool IsEvidence(int rank) => rank < Data.Labels.IndexOf(Data.OthersFrom);

    /// <summary>The rank of a label as printed: its place in the list, brackets in either width.</summary>
    public static int Rank(string label) => Data.Labels.IndexOf(label.Replace('(', '（').Replace(')', '）'));

    /// <summary>
    /// Whether the name at <paramref name="index"/> of <paramref name="text"/> is another body's, cited: inside 《…》
    /// or right after a word that cites (“按照”, “经”).
    /// </summary>
    public static bool IsCited(string text, int index)
    {
        var before = text[..index];
        return before.LastIndexOf('《') > before.LastIndexOf('》') || Citation.IsMatch(before);
    }

    /// <summary>
    /// Whether the name at <paramref name="index"/> of <paramref name="compact"/>, perhaps after a year, opens a document's or a table's
    /// title that runs to the text's end (“南宁市青秀区民政局2023年度收入支出决算总表”, “二〇二三年南宁市青秀区民政局收入支出决算总表”,
    /// “南宁市青秀区民政局部门决算表”, “遵义市播州区乌江镇人民政府支出决算表”): the title of a part or table the
    /// layout left inside a paragraph or printed as one, naming the department it is for, never a unit listed.
    /// </summary>
    public static bool OpensATitle(string compact, int index) => TitleStart(compact, index) is not null;

    /// <summary>
    /// Where the title the name at <paramref name="index"/> of <paramref name="compact"/> opens starts (the year before the name, if
    /// any: “二〇二三年南宁市…”), or null when the name opens no title running to the text's end (<see cref="OpensATitle"/>).
    /// </summary>
    public static int? TitleStart(string compact, int index)
    {
        var start = YearBefore.Match(compact[..index]) is { Success: true } year ? year.Index : index;
        var rest = compact[start..];
        return rest.IndexOfAny(Punctuation.SentencePunctuation) < 0 && (Title.IsMatch(rest) || TableTitle.IsMatch(rest) || YearlessTableTitle(rest)) ? start : null;
    }

    /// <summary>Whether <paramref name="text"/> is a table's title naming an organisation and then the table, no year between (<see cref="TableName"/>).</summary>
    private static bool YearlessTableTitle(string text) => OrganisationNames.AtStart(text) is { } name && TableName.IsMatch(text[(name.Index + name.Length)..]);

    /// <summary>A label as a pattern, its brackets in either width (shared with the labels of department-labels.json: DepartmentNames).</summary>
    internal static string Label(string label) =>
        Regex.Escape(label).Replace("（", "[（(]", StringComparison.Ordinal).Replace("）", "[）)]", StringComparison.Ordinal);

    private static string Either(IEnumerable<string> words) => string.Join('|', words.Select(Regex.Escape));

    private sealed class Words
    {
        public TitleWords Title { get; init; } = new();

        public List<string> Labels { get; init; } = new();

        public string FormLabelsFrom { get; init; } = string.Empty;

        public string OthersFrom { get; init; } = string.Empty;

        public List<string> EvaluatedLabels { get; init; } = new();
    }

    private sealed class TitleWords
    {
        public List<string> Leads { get; init; } = new();

        public List<string> Levels { get; init; } = new();

        public List<string> Qualifiers { get; init; } = new();

        public List<string> Kinds { get; init; } = new();

        public List<string> TableKinds { get; init; } = new();

        public List<string> TableEnds { get; init; } = new();

        public List<string> IssuedReports { get; init; } = new();

        public ImplementedWords ImplementedBy { get; init; } = new();
    }

    private sealed class ImplementedWords
    {
        public List<string> Before { get; init; } = new();

        public List<string> After { get; init; } = new();
    }
}
