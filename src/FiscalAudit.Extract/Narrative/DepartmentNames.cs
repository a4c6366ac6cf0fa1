using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Metadata;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Organisations named where only the document's own department belongs: a title or heading
/// (“第一部分上海市普陀区财政局概况”) and a “部门：…” line; in running text, only the subject of the department's description
/// of itself (<see cref="SelfDescriptions"/>): other sentences legitimately name other bodies (上级部门, the 财政局 of a 政府采购 sentence).
/// </summary>
public static partial class DepartmentNames
{
    [GeneratedRegex(@"^\s*(?:部门|部门名称|预算部门|单位名称|编制单位)\s*[：:]\s*(?<v>\S.*)$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十0-9]{1,3}[）)、.．]?|关于)+")]
    private static partial Regex TitlePrefix();

    /// <summary>
    /// The organisation a title line names at its start, or none. A numbered heading that is a name and nothing more
    /// (“（三）沁阳市人民医院” under 机构设置) lists a unit of the department, and names none.
    /// </summary>
    public static TextMark? InTitle(string text, SourceLocation location)
    {
        var compact = Compact(text);
        var rest = TitlePrefix().Replace(compact, string.Empty);
        var m = OrganisationNames.Pattern.Match(rest);
        if (!m.Success || m.Index != 0 || rest.Length < compact.Length && m.Length == rest.Length) return null;
        return new TextMark(TextMarkKind.DepartmentName, m.Value, compact, location);
    }

    /// <summary>The organisation of a “部门：…” line, or none.</summary>
    public static TextMark? InLabel(string text, SourceLocation location)
    {
        if (text.AsSpan().IndexOfAny('：', ':') < 0) return null;
        var line = LabelLine().Match(text);
        if (!line.Success) return null;
        var value = Compact(line.Groups["v"].Value);
        var m = OrganisationNames.Pattern.Match(value);
        return m.Success && m.Index == 0 ? new TextMark(TextMarkKind.DepartmentName, m.Value, Compact(text), location) : null;
    }

    private static string Compact(string text) => text.Replace(" ", string.Empty).Replace("\u3000", string.Empty).Trim();
}
