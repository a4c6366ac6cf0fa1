using FiscalAudit.Core.Findings;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports.Parts;

/// <summary>
/// The parts of one document in check-sheet order (<see cref="PartCatalog"/>) and the part each finding
/// belongs to: by the table, project or evaluation the finding names; otherwise by its page and line — in
/// an evaluation table it lies in, else under the last heading or table that starts before it, else in
/// the cover part; a finding about the whole file belongs to the fallback part. Holds no reference to the
/// disclosure it was made from.
/// </summary>
public sealed class DisclosureParts
{
    private readonly Dictionary<string, DisclosurePart> byTableKey = new(StringComparer.Ordinal);
    private readonly List<(TextPosition At, DisclosurePart Part)> landmarks;
    private readonly List<(TextPosition Start, TextPosition End, DisclosurePart Part)> blocks;
    private readonly DisclosurePart start;
    private readonly DisclosurePart fallback;

    private DisclosureParts(PartLayout layout, Disclosure? disclosure)
    {
        var slots = PartSlots.Expand(layout, disclosure);
        var byKey = slots.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var marks = new List<(TextPosition At, PartSlot Part)>();
        var spans = new List<(TextPosition Start, TextPosition End, PartSlot Part)>();
        if (disclosure is not null)
        {
            marks.AddRange(OutlineLandmarks.Walk(disclosure.Narrative.Outline, slots, byKey[layout.Start], byKey[layout.Fallback]));
            foreach (var table in disclosure.Tables)
            {
                if (byKey.TryGetValue("table:" + table.Id, out var slot) && TextPosition.Start(table.Location) is { } at) marks.Add((at, slot));
            }
            spans.AddRange(EvaluationBlocks.Of(disclosure, byKey));
        }

        // Parts are made only now: walking the outline decides which of them were found.
        var parts = slots.ToDictionary(s => s, s => s.ToPart());
        Parts = slots.Select(s => parts[s]).ToList();
        foreach (var slot in slots.Where(s => s.TableKey is not null)) byTableKey.TryAdd(slot.TableKey!, parts[slot]);
        landmarks = marks.Select(m => (m.At, parts[m.Part])).OrderBy(m => m.At).ToList();
        blocks = spans.Select(b => (b.Start, b.End, parts[b.Part])).ToList();
        start = parts[byKey[layout.Start]];
        fallback = parts[byKey[layout.Fallback]];
    }

    /// <summary>Every part of the document, in check-sheet order.</summary>
    public IReadOnlyList<DisclosurePart> Parts { get; }

    /// <summary>The parts of a document (of an unreadable file when <paramref name="disclosure"/> is null).</summary>
    public static DisclosureParts Of(Disclosure? disclosure, PartCatalog? catalog = null) =>
        new((catalog ?? PartCatalog.National).For(disclosure?.Kind ?? DocumentKind.Unknown), disclosure);

    /// <summary>The part a finding belongs to.</summary>
    public DisclosurePart PartOf(Finding finding)
    {
        if (finding.Location.Table is string key && byTableKey.TryGetValue(key, out var named)) return named;
        if (TextPosition.Start(finding.Location.Source) is not { } at) return fallback;
        var inside = blocks.Where(b => b.Start <= at && at <= b.End).ToList();
        if (inside.Count > 0) return inside.MaxBy(b => b.Start).Part;
        var before = landmarks.FindLastIndex(m => m.At <= at);
        return before < 0 ? start : landmarks[before].Part;
    }

    /// <summary>Every part in order, each with its findings (in the order given; possibly none).</summary>
    public IReadOnlyList<PartFindings> Group(IEnumerable<Finding> findings)
    {
        var lookup = findings.ToLookup(PartOf);
        return Parts.Select(p => new PartFindings(p, lookup[p].ToList())).ToList();
    }
}
