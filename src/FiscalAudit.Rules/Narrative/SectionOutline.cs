using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Rules.Narrative;

/// <summary>Finds the 情况说明 part in a document's outline (read by Extract) and matches its titles to template sections.</summary>
public static class SectionOutline
{
    /// <summary>The 情况说明 part: its heading and the entries under it. Of several (a 目录 repeats the titles), the one with most statements.</summary>
    public static (OutlineEntry Heading, IReadOnlyList<OutlineEntry> Entries)? NarrativePart(IReadOnlyList<OutlineEntry> outline)
    {
        (OutlineEntry, IReadOnlyList<OutlineEntry>)? best = null;
        var bestStatements = 0;
        for (var i = 0; i < outline.Count; i++)
        {
            if (outline[i].Level != OutlineLevel.Part || !outline[i].Title.Contains("情况说明", StringComparison.Ordinal)) continue;
            var end = i + 1;
            while (end < outline.Count && outline[end].Level != OutlineLevel.Part) end++;
            var statements = 0;
            for (var j = i; j < end; j++) statements += outline[j].Statements;
            if (statements <= bestStatements) continue;
            bestStatements = statements;
            best = (outline[i], outline.Skip(i + 1).Take(end - i - 1).ToList());
        }
        return best;
    }

    /// <summary>
    /// The level of the part's top sections: “五、”, or “（五）” when no title under the part is numbered “五、” (福建 numbers
    /// the sections （一）…（十三） and their statements 1.…).
    /// </summary>
    public static OutlineLevel TopLevel(IReadOnlyList<OutlineEntry> entries) =>
        entries.Any(e => e.Level == OutlineLevel.Section) || !entries.Any(e => e.Level == OutlineLevel.Subsection) ? OutlineLevel.Section : OutlineLevel.Subsection;

    /// <summary>
    /// The section (and part, −1 for the section itself) whose longest alias the title contains; parts, and sections that may
    /// follow another (<see cref="TemplateSection.MayFollow"/>: printed as its last part), also below <paramref name="topLevel"/>.
    /// </summary>
    public static (int Section, int Part)? Match(NarrativeSectionTemplate template, OutlineEntry entry, OutlineLevel topLevel)
    {
        var top = entry.Level == topLevel;
        (int, int)? best = null;
        var length = 0;
        for (var s = 0; s < template.Sections.Count; s++)
        {
            var section = template.Sections[s];
            if (top || section.MayFollow is not null) Consider(section.Aliases, s, -1);
            for (var p = 0; p < (section.Parts?.Count ?? 0); p++) Consider(section.Parts![p].Aliases, s, p);
        }
        return best;

        void Consider(IReadOnlyList<string> aliases, int s, int p)
        {
            foreach (var alias in aliases)
            {
                if (alias.Length <= length || !entry.Title.Contains(alias, StringComparison.Ordinal)) continue;
                length = alias.Length;
                best = (s, p);
            }
        }
    }

    /// <summary>The longest strictly increasing subsequence of <paramref name="order"/> (the sections that are in template order).</summary>
    public static HashSet<int> LongestIncreasing(IReadOnlyList<int> order)
    {
        var length = new int[order.Count];
        var previous = new int[order.Count];
        var end = -1;
        for (var i = 0; i < order.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (order[j] >= order[i] || length[j] + 1 <= length[i]) continue;
                length[i] = length[j] + 1;
                previous[i] = j;
            }
            if (end < 0 || length[i] > length[end]) end = i;
        }
        var kept = new HashSet<int>();
        for (var i = end; i >= 0; i = previous[i]) kept.Add(order[i]);
        return kept;
    }
}
