using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Reports.Parts;

/// <summary>
/// Where parts start, read from a document's outline (its title and heading lines in reading order).
/// The cover and table of contents come first: when the first “第N部分” title is printed again, the body
/// starts at the repetition (the first printing was the 目录). In the body a “第N部分” line opens the part
/// whose words it contains — 部门决算表 and 情况说明 head their series — or, when it names none and the
/// layout knows its parts by such lines, the fallback part (附件, 联系方式), under which no heading counts. Below it a heading opens the fixed part whose words
/// it contains or, within the 情况说明 (anywhere when the document has no such “第N部分”), the template
/// section whose title or alias it contains. Tables are placed by their own locations, not by headings.
/// </summary>
internal static class OutlineLandmarks
{
    public static List<(TextPosition At, PartSlot Part)> Walk(IReadOnlyList<OutlineEntry> outline, IReadOnlyList<PartSlot> slots, PartSlot start, PartSlot fallback)
    {
        var body = BodyStart(outline);
        if (body > 0) start.MarkFound();
        var entries = outline.Skip(body).ToList();
        var hasNarrativeGroup = entries.Any(e => e.Level == OutlineLevel.Part && PartLevel(slots, e)?.Series == PartSource.NarrativeSections);
        var partsHaveTitles = slots.Any(s => s.PartHeadings.Count > 0);
        var landmarks = new List<(TextPosition, PartSlot)>();
        PartSlot? group = null;
        foreach (var entry in entries)
        {
            if (TextPosition.Start(entry.Location) is not { } at) continue;
            PartSlot? slot;
            if (entry.Level == OutlineLevel.Part && (PartLevel(slots, entry) ?? (partsHaveTitles ? fallback : null)) is { } opened)
            {
                slot = group = opened;
            }
            else
            {
                if (group == fallback || group?.Series == PartSource.Tables) continue;
                var inNarrative = !hasNarrativeGroup || group?.Series == PartSource.NarrativeSections;
                slot = Longest(slots, s => s.Headings, entry) ?? (inNarrative ? Longest(slots, s => s.SectionAliases, entry) : null);
            }
            if (slot is null) continue;
            slot.MarkFound();
            landmarks.Add((at, slot));
        }
        return landmarks;
    }

    /// <summary>Index of the first outline entry of the body: the repetition of the first “第N部分” title, else that title.</summary>
    private static int BodyStart(IReadOnlyList<OutlineEntry> outline)
    {
        var first = -1;
        for (var i = 0; i < outline.Count; i++)
        {
            if (outline[i].Level != OutlineLevel.Part) continue;
            if (first < 0) first = i;
            else if (outline[i].Title == outline[first].Title) return i;
        }
        return Math.Max(first, 0);
    }

    private static PartSlot? PartLevel(IReadOnlyList<PartSlot> slots, OutlineEntry entry) =>
        Longest(slots, s => s.PartHeadings.Concat(s.Headings), entry);

    /// <summary>The slot with the longest of its words contained in the entry's title; the first on a tie.</summary>
    private static PartSlot? Longest(IReadOnlyList<PartSlot> slots, Func<PartSlot, IEnumerable<string>> words, OutlineEntry entry)
    {
        PartSlot? best = null;
        var length = 0;
        foreach (var slot in slots)
        {
            foreach (var word in words(slot))
            {
                if (word.Length <= length || !entry.Title.Contains(word, StringComparison.Ordinal)) continue;
                best = slot;
                length = word.Length;
            }
        }
        return best;
    }
}
