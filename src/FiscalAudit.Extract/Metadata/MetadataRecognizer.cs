using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Metadata;

/// <summary>
/// Reads the department, the year and the money unit (Order 10). Department: a "部门：…" line, else
/// the title ("…2024年度部门决算"), else the organisation named most often. Year: the "XXXX年度" of
/// the title region, else the one printed most often. Unit: "单位：万元".
/// </summary>
public sealed partial class MetadataRecognizer : IRecognizer
{
    private const int TitleBlocks = 12;

    public int Order => 10;

    public IReadOnlyList<DocumentKind> Kinds { get; } = Enum.GetValues<DocumentKind>();

    [GeneratedRegex(@"^(?:部门|部门名称|单位名称|主管部门|预算主管部门|预算单位|编制单位)\s*[：:]\s*(\S{2,40})")]
    private static partial Regex DepartmentLabel();

    [GeneratedRegex(@"^(?:第[一二三四五六七八九十]+部分)?(?:(?:19|20)\d{2}\s*年度?)?(\S{2,40}?)\s*(?:20\d{2}\s*年度?)?\s*(?:部门|单位)(?:整体)?(?:决算|预算)")]
    private static partial Regex DepartmentTitle();

    // An organisation: places (省 … 县), then a name ending as offices do. “第三部分省委办公厅” is not one:
    // a part heading's ordinal is not a place.
    [GeneratedRegex(@"(?<![\u4e00-\u9fa5])(?!确保|用于|保障|对于|关于|按照|根据|第[一二三四五六七八九十]+部分)(?:[\u4e00-\u9fa5]{1,5}?(?:省|自治区|市|区|县|盟|旗|州))+[\u4e00-\u9fa5]{1,14}?(?:委员会|常委会|办公室|办公厅|办事处|管理局|局|中心|厅|检察院|法院)(?:办公厅|办公室)?")]
    internal static partial Regex Organisation();

    // A unit line glued to a name by the layout: “江苏省人民检察院单位：万元”.
    [GeneratedRegex(@"(?:金额)?单位\s*[：:].*$")]
    private static partial Regex UnitResidue();

    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年度")]
    private static partial Regex YearPattern();

    // In a title, “上海市普陀区2025年区级部门预算” names the year without 年度.
    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年(?=.*(?:预算|决算))")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"单位\s*[：:]\s*(万元|元|千元|亿元)")]
    private static partial Regex UnitPattern();

    public void Recognize(SourceDocument document, Disclosure disclosure)
    {
        var lines = DocumentText.Lines(document).ToList();
        ReadDepartment(lines, disclosure);
        ReadYear(lines, disclosure);
        disclosure.Unit = lines.Select(l => UnitPattern().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value
            ?? document.Blocks.OfType<TableBlock>().SelectMany(t => t.Rows.Take(2)).SelectMany(r => r.Cells)
                .Select(c => UnitPattern().Match(c.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    private static void ReadDepartment(List<(string Text, SourceLocation Location)> lines, Disclosure disclosure)
    {
        foreach (var (text, location) in lines)
        {
            var m = DepartmentLabel().Match(text.Trim());
            if (!m.Success) continue;
            var value = UnitResidue().Replace(m.Groups[1].Value, string.Empty).TrimEnd('，', ',', '。');
            if (value.Length < 2) continue;
            disclosure.Department = Organisation().Match(value) is { Success: true } org ? org.Value : value;
            disclosure.DepartmentLocation = location;
            return;
        }
        var title = lines.Take(TitleBlocks).ToList();
        for (var i = 0; i < title.Count; i++)
        {
            var compact = title[i].Text.Replace(" ", string.Empty);
            var m = DepartmentTitle().Match(compact);
            if (m.Success && Organisation().IsMatch(m.Groups[1].Value))
            {
                disclosure.Department = Organisation().Match(m.Groups[1].Value).Value;
                disclosure.DepartmentLocation = title[i].Location;
                return;
            }
            if (compact is "部门决算" && i > 0 && Organisation().Match(title[i - 1].Text.Replace(" ", string.Empty)) is { Success: true } org)
            {
                disclosure.Department = org.Value;
                disclosure.DepartmentLocation = title[i - 1].Location;
                return;
            }
        }
        var named = lines.SelectMany(l => Organisation().Matches(l.Text.Replace(" ", string.Empty)).Select(m => (m.Value, l.Location)))
            .GroupBy(x => x.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Location.Line ?? 0).FirstOrDefault();
        if (named is not null && named.Count() >= 2)
        {
            disclosure.Department = named.Key;
            disclosure.DepartmentLocation = named.First().Location;
        }
    }

    private static void ReadYear(List<(string Text, SourceLocation Location)> lines, Disclosure disclosure)
    {
        var inTitle = lines.Take(TitleBlocks).Select(l => (Match: YearPattern().Match(l.Text), l.Location)).FirstOrDefault(x => x.Match.Success);
        if (inTitle.Match is not { Success: true })
            inTitle = lines.Take(TitleBlocks).Select(l => (Match: TitleYear().Match(l.Text.Replace(" ", string.Empty)), l.Location)).FirstOrDefault(x => x.Match.Success);
        if (inTitle.Match is { Success: true })
        {
            disclosure.Year = int.Parse(inTitle.Match.Groups[1].Value);
            disclosure.YearLocation = inTitle.Location;
            return;
        }
        var common = lines.SelectMany(l => YearPattern().Matches(l.Text).Select(m => (Year: int.Parse(m.Groups[1].Value), l.Location)))
            .GroupBy(x => x.Year).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
        if (common is null) return;
        disclosure.Year = common.Key;
        disclosure.YearLocation = common.First().Location;
    }
}
