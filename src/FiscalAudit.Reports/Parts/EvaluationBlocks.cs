using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Reports.Parts;

/// <summary>
/// The lines an evaluation table or a 项目支出绩效目标表 spans — from its start to its last funds row, indicator or
/// task — so that a finding placed only by page and line inside the table belongs to that evaluation or form, while the
/// 情况说明 text around an embedded table keeps its own part.
/// </summary>
internal static class EvaluationBlocks
{
    public static List<(TextPosition Start, TextPosition End, PartSlot Part)> Of(Disclosure disclosure, IReadOnlyDictionary<string, PartSlot> byKey)
    {
        var blocks = new List<(TextPosition, TextPosition, PartSlot)>();
        foreach (var p in disclosure.Evaluations.Projects)
        {
            var inside = p.Indicators.Select(i => i.Location).Concat(p.Groups.Select(g => g.Location)).Append(p.Funds.Location);
            Add(blocks, byKey, "project:" + p.Name, p.Location, inside);
        }
        foreach (var e in disclosure.Evaluations.Departments)
        {
            var inside = e.All().Select(i => i.Location).Concat(e.Tasks.Select(t => t.Location)).Concat(e.Targets.Select(t => t.Location)).Append(e.TaskTotal?.Location);
            Add(blocks, byKey, "department:" + e.Title, e.Location, inside);
        }
        foreach (var form in disclosure.ProjectTargets.Forms)
        {
            var inside = form.Indicators.Select(i => i.Location).Append(form.Total?.Location).Append(form.Goal?.Location);
            Add(blocks, byKey, "targets:" + form.Project.Text, form.Location, inside);
        }
        return blocks;
    }

    private static void Add(List<(TextPosition, TextPosition, PartSlot)> blocks, IReadOnlyDictionary<string, PartSlot> byKey, string key, SourceLocation start, IEnumerable<SourceLocation?> inside)
    {
        if (!byKey.TryGetValue(key, out var slot) || TextPosition.Start(start) is not { } from) return;
        var to = TextPosition.End(start) ?? from;
        foreach (var location in inside)
        {
            if (TextPosition.End(location) is { } end && end > to) to = end;
        }
        blocks.Add((from, to, slot));
    }
}
