using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Core.Text;
using FiscalAudit.Extract.Kinds;
using FiscalAudit.Extract.Narrative;
using FiscalAudit.Extract.Tables;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// Reads the department, the year and the money unit (Order 10). Department: as the cover prints it
/// (a “预算主管部门：…” label, else the title “…2024年度部门决算”, “关于…2024年部门预算的说明”), else the best-ranked label of a
/// line (“单位名称：…”) or a form's cell (“主管部门 | …”), lines and cells ranked by one list (department-identity.json: a project
/// form's 主管部门 before the 填报单位 that filled it in), else — a guess, never held against other names — the organisation named most often. A name another body's document or decision is cited by (“按照《四川省财政厅关于…通知》”,
/// “经四川省财政厅批准”) is never the department. Year: the one the cover's title names, else a table title's
/// (“2017年政府采购预算表”), else the “XXXX年度” printed most often. Unit: "单位：万元".
/// </summary>
public sealed partial class MetadataRecognizer : IRecognizer
{
    private const int TitleBlocks = 12;

    /// <summary>How many lines a cover's title may be printed on.</summary>
    private const int TitleLines = 3;

    /// <summary>The rank of a title naming the department: before every label.</summary>
    internal const int TitleRank = -1;

    /// <summary>The rank of the organisation named most often: after every label.</summary>
    internal const int GuessRank = int.MaxValue;

    public int Order => 10;

    public IReadOnlyList<DocumentKind> Kinds { get; } = Enum.GetValues<DocumentKind>();

    // A unit line glued to a name by the layout: “江苏省人民检察院单位：万元”.
    [GeneratedRegex(@"(?:金额)?单位\s*[：:].*$")]
    private static partial Regex UnitResidue();

    // A unit printed inside a name by the layout: “中国共产党江苏省委员会办单位：万元公厅”.
    [GeneratedRegex(@"(?:金额)?单位\s*[：:]\s*(?:万元|千元|亿元|元)")]
    private static partial Regex GluedUnit();

    // A unit line carrying the rest of the name above it: “单位:万元常委会办公厅”.
    [GeneratedRegex(@"^(?:金额)?单位\s*[：:]\s*(?:万元|千元|亿元|元)(\S+)$")]
    private static partial Regex LeadingUnit();

    // A year in Arabic or written digits (“2024年度”, “二〇二三年度”: PrintedYears).
    private static readonly Regex YearPattern = new($@"({PrintedYears.Number})\s*年度", RegexOptions.Compiled);

    // In a title, “上海市普陀区2025年区级部门预算”, “二〇二三年上海市普陀区财政局部门决算” name the year without 年度.
    private static readonly Regex TitleYear = new($@"({PrintedYears.Number})\s*年(?=.*(?:预算|决算|绩效目标))", RegexOptions.Compiled);

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var lines = DocumentText.Lines(document).ToList();
        ReadDepartment(lines, document.Blocks.OfType<TableBlock>(), disclosure);
        ReadYear(lines, disclosure);
        disclosure.Unit = lines.Select(l => MoneyUnits.Stated(l.Text)).FirstOrDefault(u => u is not null)
            ?? document.Blocks.OfType<TableBlock>().Select(StatedUnits.InHeader).FirstOrDefault(u => u is not null);
    }

    /// <summary>
    /// The department named by the most places that name the document's own department (<see cref="DepartmentEvidence"/>): the
    /// cover's titles and labels (“江苏省人民检察院” / “2017年部门预算”, “预算主管部门：…”), the label lines (“部门：…” above a
    /// table), a form's label cells and the sentences in which the department describes itself; of equal weight, a name the cover
    /// prints before one only the body prints, on the cover a title before a label, else the first (a cover's line holding a label a
    /// project form prints yields to a better-ranked one anywhere), off the cover the better-ranked label, the first of equal rank. Without any, the
    /// organisation named most often, marked as a guess. Two bodies a cover or a label prints together (“A局和B局”) are the first of them where
    /// the text states they share one office (<see cref="SharedOfficeStatements.FirstOfJoined"/>), the second its other name. A report one
    /// body issues on another's spending that names the evaluated department nowhere else is the department's its text says carries the project
    /// out (<see cref="Implementing"/>).
    /// </summary>
    private static void ReadDepartment(List<(string Text, SourceLocation Location)> lines, IEnumerable<TableBlock> tables, Disclosure disclosure)
    {
        var places = LabelsOf(lines, lines.Count).Concat(FormCells(tables)).ToList();
        var cover = Cover(lines, Best(places)?.Rank ?? GuessRank).ToList();
        var found = DepartmentEvidence.Weigh(cover, places, SelfDescribed(lines)) ?? Implementing(lines);
        disclosure.DepartmentGuessed = found is null;
        if ((found ?? MostNamed(lines)) is not { } department) return;
        disclosure.Department = SharedOfficeStatements.FirstOfJoined(department.Name, lines.SelectMany(l => SharedOfficeStatements.Read(l.Text, l.Location)));
        disclosure.DepartmentLocation = department.Location;
        disclosure.DepartmentParent = PlaceWords.PrintedParent(disclosure.Department, string.Concat(lines.Select(l => Spaceless.Of(l.Text))));
    }

    /// <summary>
    /// The cover's lines holding a title or a label, in order; a label a project form prints yields to a label ranked
    /// better than it anywhere (<paramref name="best"/>: a “填报单位：” line to a form's “主管部门” line or cell).
    /// </summary>
    private static IEnumerable<Named> Cover(List<(string Text, SourceLocation Location)> lines, int best)
    {
        for (var i = 0; i < Math.Min(TitleBlocks, lines.Count); i++)
        {
            var label = Best(LabelsOf(lines, i + 1, i).ToList());
            if ((label is { } l && (l.Rank <= best || !DepartmentIdentityWords.IsFormLabel(l.Rank)) ? label : Titled(lines, i)) is { } found) yield return found;
        }
    }

    /// <summary>
    /// In a report one body issues on another's spending (its cover's title ending as department-identity.json's issuedReports: “石门县财政局关于…
    /// 财政重点绩效评价报告”), the body its text says carries the project out (“…项目由石门县农业农村局组织实施”), the first; else null.
    /// </summary>
    private static Named? Implementing(List<(string Text, SourceLocation Location)> lines) =>
        lines.Take(TitleBlocks).Any(l => DepartmentIdentityWords.IsIssuedReport(HeadingText.Compact(l.Text)))
            ? lines.Select(l => (Name: DepartmentIdentityWords.Implementer(Compact(l.Text)), l.Location)).Where(l => l.Name is not null)
                .Select(l => (Named?)new Named(GuessRank, l.Name!, l.Location)).FirstOrDefault()
            : null;

    /// <summary>
    /// The subjects of the sentences in which a department describes itself (“X是区政府工作部门”, “X的主要职责是”), a decision cited
    /// wherever it stands skipped (“X局根据《…》（…号）设立，是…的工作部门”: <see cref="Citations.Without"/>).
    /// </summary>
    private static IEnumerable<Named> SelfDescribed(List<(string Text, SourceLocation Location)> lines) =>
        lines.SelectMany(l => SelfDescriptions.Read(Citations.Without(l.Text), (_, _) => l.Location)).Select(m => new Named(GuessRank, m.Text, m.Location));

    /// <summary>The labels of the lines from <paramref name="from"/> up to <paramref name="end"/>, with the residue of the layout removed.</summary>
    private static IEnumerable<Named> LabelsOf(List<(string Text, SourceLocation Location)> lines, int end, int from = 0)
    {
        var found = new List<Named>();
        for (var i = from; i < end; i++)
        {
            if (Flattened(lines, i) is { } cell) found.Add(cell);
            var m = DepartmentIdentityWords.LabelLine.Match(lines[i].Text.Trim());
            if (!m.Success) continue;
            var value = WithoutUnit(m.Groups[1].Value + Continuation(lines, i, m.Groups[1].Value)).TrimEnd('，', ',', '。');
            if (value.Length < 2) continue;
            if (DepartmentIdentityWords.NamesOnlyFirst(m.Groups["label"].Value) && OrganisationNames.AtStart(Compact(value)) is null) continue;
            found.Add(new Named(DepartmentIdentityWords.Rank(m.Groups["label"].Value), OrganisationNames.Pattern.Match(value) is { Success: true } org ? org.Value : value, lines[i].Location));
        }
        return found;
    }

    /// <summary>
    /// A form's label cell printed alone on its line, its value the next line (a 部门整体支出绩效目标表 converted one cell per line:
    /// “部门名称” / “成都市武侯区民政局”), placed on the value's line; null when line <paramref name="i"/> is no such label.
    /// </summary>
    private static Named? Flattened(List<(string Text, SourceLocation Location)> lines, int i) =>
        i + 1 < lines.Count && DepartmentIdentityWords.CellRank(Compact(lines[i].Text.Trim())) is { } rank
            && OrganisationNames.AtStart(Compact(lines[i + 1].Text.Trim())) is { } org
            ? new Named(rank, org.Value, lines[i + 1].Location) : null;

    /// <summary>
    /// The organisations of a form's label cells (“部门（单位）名称 | …”, “主管部门 | …”, “实施单位 | …”), each the next filled cell
    /// of the row or the rest of its own cell after a colon (a one-cell row of a workbook, “主管部门：成都市双流区水务局　实施单位：…”).
    /// </summary>
    private static List<Named> FormCells(IEnumerable<TableBlock> tables)
    {
        var found = new List<Named>();
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var cells = row.Cells.Where(c => c.Text.Trim().Length > 0).OrderBy(c => c.Column).ToList();
            found.AddRange(cells.Select(c => Labelled(c.Text.Trim(), c.Location)).OfType<Named>());
            for (var i = 0; i + 1 < cells.Count; i++)
            {
                if (DepartmentIdentityWords.CellRank(Compact(cells[i].Text.Trim())) is not { } rank) continue;
                if (OrganisationNames.AtStart(Compact(cells[i + 1].Text.Trim())) is { } org) found.Add(new Named(rank, org.Value, cells[i + 1].Location));
            }
        }
        return found;
    }

    /// <summary>The organisation after the label and colon a cell opens with (“主管部门：成都市双流区水务局　实施单位：…”), or null.</summary>
    private static Named? Labelled(string text, SourceLocation location) =>
        DepartmentIdentityWords.LabelLine.Match(text) is { Success: true } line && OrganisationNames.Pattern.Match(line.Groups[1].Value) is { Success: true } org
            ? new Named(DepartmentIdentityWords.Rank(line.Groups["label"].Value), org.Value, location) : null;

    /// <summary>The best-ranked (lowest) of <paramref name="found"/>, the first of equal rank; null when none.</summary>
    internal static Named? Best(List<Named> found) => found.Count == 0 ? null : found.MinBy(f => f.Rank);

    /// <summary>
    /// The rest of a name the layout pushed to the next line behind the unit (“部门名称：江苏省人大” /
    /// “单位:万元常委会办公厅”), or whole after its places (“编制单位：上海市普陀区” / “财政局”: <see cref="OrganisationNames.SplitEnd"/>);
    /// empty when the next line continues no name, or holds the unit while the label's line holds one too.
    /// </summary>
    private static string Continuation(List<(string Text, SourceLocation Location)> lines, int i, string value)
    {
        if (i + 1 >= lines.Count) return string.Empty;
        var next = lines[i + 1].Text.Trim();
        if (OrganisationNames.SplitEnd(Compact(value), Compact(next)) is { } end) return end;
        var unit = LeadingUnit().Match(next);
        return unit.Success && !UnitResidue().IsMatch(lines[i].Text) ? unit.Groups[1].Value : string.Empty;
    }

    private static string WithoutUnit(string value) => UnitResidue().Replace(GluedUnit().Replace(value, string.Empty), string.Empty);

    /// <summary>
    /// The organisation a title line names, alone or joined to the one or two lines above it (“中共沁阳市委” / “组织部” /
    /// “部门决算”), placed on the first line joined; a sentence above (“……由成都市武侯区社会福利院实施。” over “部门整体支出绩效目标表”)
    /// is never part of a title. A name that is whole on its own line keeps the places the line above prints alone (“中国（湖南）自由贸易试验区” /
    /// “长沙片区管理委员会” / “部门决算”: the 片区's committee of that zone, not one of its own), unless the name already opens with them.
    /// </summary>
    private static Named? Titled(List<(string Text, SourceLocation Location)> lines, int i)
    {
        var joined = string.Empty;
        for (var first = i; first >= Math.Max(0, i - TitleLines + 1); first--)
        {
            if (first < i && HeadingText.IsSentence(Compact(lines[first].Text))) break;
            joined = Compact(lines[first].Text) + joined;
            if (OrganisationInTitle(joined) is not { } name) continue;
            var above = first > 0 ? Compact(lines[first - 1].Text) : string.Empty;
            return OrganisationNames.IsPlaces(above) && !name.StartsWith(above, StringComparison.Ordinal)
                && OrganisationInTitle(above + joined) is { } placed && placed.Length > name.Length && placed.EndsWith(name, StringComparison.Ordinal)
                ? new Named(TitleRank, placed, lines[first - 1].Location)
                : new Named(TitleRank, name, lines[first].Location);
        }
        return null;
    }

    /// <summary>
    /// The organisation a title names before its kind, or null; of a title opening with its issuer (“石门县财政局关于石门县农业农村局2024年度部门整体支出绩效评价报告”),
    /// the organisation after the issuer's lead when one follows it.
    /// </summary>
    private static string? OrganisationInTitle(string compact)
    {
        var m = DepartmentIdentityWords.Title.Match(compact) is { Success: true } titled ? titled : DepartmentIdentityWords.TableTitle.Match(compact);
        if (!m.Success) return null;
        var (named, at) = (m.Groups[1].Value, m.Groups[1].Index);
        if (DepartmentIdentityWords.AfterIssuer(named) is { } evaluated && OrganisationNames.AtStart(evaluated) is not null) (named, at) = (evaluated, at + named.Length - evaluated.Length);
        return OrganisationNames.Pattern.Match(named) is { Success: true } org && !DepartmentIdentityWords.IsCited(compact, at + org.Index) ? org.Value : null;
    }

    private static Named? MostNamed(List<(string Text, SourceLocation Location)> lines)
    {
        var named = lines.Select(l => (Text: Compact(l.Text), l.Location))
            .SelectMany(l => OrganisationNames.Pattern.Matches(l.Text).Where(m => !DepartmentIdentityWords.IsCited(l.Text, m.Index)).Select(m => (m.Value, l.Location)))
            .GroupBy(x => x.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Location.Line ?? 0).FirstOrDefault();
        return named is not null && named.Count() >= 2 ? new Named(GuessRank, named.Key, named.First().Location) : null;
    }

    private static string Compact(string text) => text.Replace(" ", string.Empty);

    /// <summary>A name the department may be: its rank in department-identity.json's labels (<see cref="TitleRank"/> for a title, <see cref="GuessRank"/> for a guess), the name and its place.</summary>
    internal readonly record struct Named(int Rank, string Name, SourceLocation Location);

    /// <summary>
    /// The year the document is for, in Arabic or written digits (“二〇二三年”): the first title line of the cover naming one (“2024年度”, or “2025年”
    /// before 预算/决算), else the first table title or heading naming one (“2017年政府采购预算表” in a file
    /// of tables alone), else the “XXXX年度” printed most often. Sentences (“2024年预算执行情况……。”) never
    /// decide before the most-often step; a workbook's sheet tab only after every printed title (<see cref="IsSheetTab"/>).
    /// </summary>
    private static void ReadYear(List<(string Text, SourceLocation Location)> lines, Disclosure disclosure)
    {
        var titles = lines.Select((l, i) => (Text: HeadingText.Compact(l.Text), l.Location, Cover: i < TitleBlocks, Tab: IsSheetTab(l.Text, l.Location)))
            .Where(l => l.Text.Length > 0 && !HeadingText.IsSentence(l.Text)).OrderBy(l => l.Tab).ToList();
        var found = titles.Where(l => l.Cover).Select(l => (Match: Year(l.Text), l.Location)).FirstOrDefault(x => x.Match is not null);
        if (found.Match is null)
            found = titles.Where(l => !HeadingText.IsNote(l.Text)).Select(l => (Match: TitleYear.Match(l.Text), l.Location)).FirstOrDefault(x => x.Match.Success);
        if (found.Match is { Success: true })
        {
            disclosure.Year = PrintedYears.Value(found.Match.Groups[1].Value);
            disclosure.YearLocation = found.Location;
            return;
        }
        var common = lines.SelectMany(l => YearPattern.Matches(l.Text).Select(m => (Year: PrintedYears.Value(m.Groups[1].Value), l.Location)))
            .GroupBy(x => x.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        if (common is null) return;
        disclosure.Year = common.Key;
        disclosure.YearLocation = common.First().Location;
    }

    /// <summary>
    /// True for the heading a workbook reader makes of a sheet's tab (named by the tab itself at its A1): a tab is not printed, so a
    /// year in it (“2020年部门决算” left from last year's file) yields to the year of any title the sheet prints.
    /// </summary>
    private static bool IsSheetTab(string text, SourceLocation location) => location.Cell == text + "!A1";

    private static Match? Year(string compact) =>
        YearPattern.Match(compact) is { Success: true } year ? year : TitleYear.Match(compact) is { Success: true } titled ? titled : null;
}
