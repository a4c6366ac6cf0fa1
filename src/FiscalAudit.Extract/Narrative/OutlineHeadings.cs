using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>Reads a title line into an outline entry: its numbering level, ordinal and matchable title.</summary>
public static partial class OutlineHeadings
{
    [GeneratedRegex(@"^第(?<n>[一二三四五六七八九十]+)部分")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})\s*[、.．]")]
    private static partial Regex Section();

    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]")]
    private static partial Regex Subsection();

    [GeneratedRegex(@"^(?:[（(]\s*(?<n>[0-9]{1,2})\s*[）)]|(?<n>[0-9]{1,2})\s*[、.．])")]
    private static partial Regex Item();

    [GeneratedRegex(@"[“”""‘’\s]|(19|20)\d{2}\s*年度?|关于|本部门")]
    private static partial Regex Noise();

    public static OutlineEntry Read(string line, SourceLocation location)
    {
        var text = line.Trim();
        var (level, match) = Numbering(text);
        var ordinal = match is null ? null : Value(match.Groups["n"].Value);
        var title = Noise().Replace(match is null ? text : text[match.Length..], string.Empty);
        return new OutlineEntry(text, level, ordinal, title, location);
    }

    private static (OutlineLevel, Match?) Numbering(string text)
    {
        foreach (var (level, pattern) in new[] { (OutlineLevel.Part, Part()), (OutlineLevel.Section, Section()), (OutlineLevel.Subsection, Subsection()), (OutlineLevel.Item, Item()) })
        {
            var m = pattern.Match(text);
            if (m.Success) return (level, m);
        }
        return (OutlineLevel.Unnumbered, null);
    }

    /// <summary>
    /// True when the last entry of <paramref name="outline"/> opens a section: a “一、” one, or a “（一）” one where that is the top level —
    /// no “一、” entry since the last “第…部分” (or the start).
    /// </summary>
    public static bool OpensSection(IReadOnlyList<OutlineEntry> outline)
    {
        var level = outline[^1].Level;
        if (level != OutlineLevel.Subsection) return level == OutlineLevel.Section;
        for (var i = outline.Count - 2; i >= 0 && outline[i].Level != OutlineLevel.Part; i--)
        {
            if (outline[i].Level == OutlineLevel.Section) return false;
        }
        return true;
    }

    /// <summary>“11” → 11; “十一” → 11, “二十” → 20, “三” → 3, “两” → 2 (“两个”); null when not a number from 1 to 99.</summary>
    public static int? Value(string numeral)
    {
        if (numeral == "两") return 2;
        if (int.TryParse(numeral, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic)) return arabic > 0 ? arabic : null;
        const string Digits = "一二三四五六七八九";
        var ten = numeral.IndexOf('十');
        if (ten < 0) return numeral.Length == 1 && Digits.Contains(numeral[0]) ? Digits.IndexOf(numeral[0]) + 1 : null;
        if (ten != numeral.LastIndexOf('十') || ten > 1 || numeral.Length - ten > 2) return null;
        var tens = ten == 0 ? 1 : Digits.IndexOf(numeral[0]) + 1;
        var units = ten == numeral.Length - 1 ? 0 : Digits.IndexOf(numeral[^1]) + 1;
        return tens == 0 || (ten < numeral.Length - 1 && units == 0) ? null : tens * 10 + units;
    }
}
