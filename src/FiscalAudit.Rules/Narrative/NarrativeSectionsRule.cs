using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// FA3015: the 情况说明 part of a final-accounts document has the sections of the template, in order. The
/// part is the “第N部分 …情况说明” with statements under it (a 目录 lists the same titles without any).
/// Sections are its top-level titles (“五、…”, or “（五）…” when none is numbered “五、”); each is recognised by the longest alias it contains. When
/// fewer than <see cref="MinimumRecognised"/> are recognised the document follows another structure (a
/// regional variant): one 提示 instead of a warning per section. A section placed out of order is 提示, unless it stands after the
/// section the template lets it follow (<see cref="TemplateSection.MayFollow"/>).
/// </summary>
public sealed class NarrativeSectionsRule : IRule
{
    public static readonly RuleDescriptor Rule = new(
        "FA3015", "情况说明缺少部分或顺序不符", Severity.Warning, RuleCategories.Narrative,
        "情况说明是否包含模板各部分并按模板顺序排列。");

    /// <summary>Below this many recognised top-level sections the structure is taken as a regional variant.</summary>
    public const int MinimumRecognised = 3;

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(Disclosure disclosure)
    {
        if (disclosure.Kind != DocumentKind.FinalAccounts || SectionOutline.NarrativePart(disclosure.Narrative.Outline) is not { } part) return Enumerable.Empty<Finding>();
        return Check(NarrativeSectionTemplate.National, part.Heading, part.Entries);
    }

    private static IEnumerable<Finding> Check(NarrativeSectionTemplate template, OutlineEntry heading, IReadOnlyList<OutlineEntry> entries)
    {
        var level = SectionOutline.TopLevel(entries);
        var matches = entries.Select(e => (Entry: e, Match: SectionOutline.Match(template, e, level))).Where(x => x.Match is not null).ToList();
        var topLevel = matches.Where(x => x.Entry.Level == level).Select(x => x.Match!.Value.Section).Distinct().Count();
        if (topLevel < MinimumRecognised)
        {
            yield return Rule.Report(
                $"情况说明的结构与全国模板不同（只识别出 {topLevel} 个模板部分），未逐项检查是否缺少部分：{heading.Text}",
                FindingLocation.At(heading.Location), template.Sections.Count, topLevel, Severity.Info);
            yield break;
        }
        var first = new SortedDictionary<int, OutlineEntry>();
        var missing = new List<string>();
        for (var s = 0; s < template.Sections.Count; s++)
        {
            var section = template.Sections[s];
            var own = matches.Where(x => x.Match!.Value.Section == s).ToList();
            if (own.Count == 0)
            {
                missing.Add($"第 {s + 1} 部分“{section.Title}”");
                continue;
            }
            first[s] = own[0].Entry;
            var parts = section.Parts ?? Array.Empty<TemplateSection>();
            var absent = parts.Where((_, p) => own.All(x => x.Match!.Value.Part != p)).Select(p => $"“{p.Title}”").ToList();
            if (absent.Count > 0)
            {
                yield return Rule.Report(
                    $"情况说明“{section.Title}”中缺少{string.Join("、", absent)}（{own[0].Entry.Text}）",
                    FindingLocation.At(own[0].Entry.Location), parts.Count, parts.Count - absent.Count);
            }
        }
        if (missing.Count > 0)
        {
            yield return Rule.Report(
                $"情况说明缺少模板规定的 {missing.Count} 个部分：{string.Join("、", missing)}（{heading.Text}）",
                FindingLocation.At(heading.Location), template.Sections.Count, template.Sections.Count - missing.Count);
        }
        var order = first.OrderBy(kv => IndexOf(entries, kv.Value)).Select(kv => kv.Key).Where(s => !FollowsAsAllowed(template, entries, first, s)).ToList();
        var kept = SectionOutline.LongestIncreasing(order);
        foreach (var s in order.Where(s => !kept.Contains(s)))
        {
            var before = kept.Where(k => k < s).DefaultIfEmpty(-1).Max();
            var where = before < 0 ? "应排在最前" : $"应在“{template.Sections[before].Title}”之后";
            yield return Rule.Report(
                $"“{first[s].Text}”的位置与模板顺序不同：模板第 {s + 1} 部分“{template.Sections[s].Title}”{where}",
                FindingLocation.At(first[s].Location), s + 1, null, Severity.Info);
        }
    }

    /// <summary>True when section <paramref name="s"/> stands after a section its template entry may follow (预算绩效 after 其他重要事项).</summary>
    private static bool FollowsAsAllowed(NarrativeSectionTemplate template, IReadOnlyList<OutlineEntry> entries, SortedDictionary<int, OutlineEntry> first, int s) =>
        (template.Sections[s].MayFollow ?? []).Any(title =>
        {
            var followed = template.Sections.ToList().FindIndex(t => t.Title == title);
            return followed >= 0 && first.TryGetValue(followed, out var before) && IndexOf(entries, first[s]) > IndexOf(entries, before);
        });

    private static int IndexOf(IReadOnlyList<OutlineEntry> entries, OutlineEntry entry)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (ReferenceEquals(entries[i], entry)) return i;
        }
        return -1;
    }
}
