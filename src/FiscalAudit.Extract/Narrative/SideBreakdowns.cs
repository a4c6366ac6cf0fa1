using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// A total of both sides followed by the parts of each: “财政拨款收入支出决算总计1,250.00万元。收入包括：一般公共预算财政拨款收入
/// 1,200.00万元，…；支出包括：…”, “…收、支总计均为…。收入包括年初结转和结余…、本年财政拨款收入…；支出包括…”. A side named right
/// before a lead word, with no amount of its own (list-leads.json `sides`), lists the parts of the last total before it in
/// the paragraph (or, when the paragraph states none, in the statement paragraph before it: “…收入总计55,700.00万元，支出总计…。”
/// then “收入包括：…”) that names that side or both (“收入总计”, “收入支出决算总计”) and holds the words before the side (“财政拨款收入
/// 包括” belongs to a 财政拨款 total). The parts run to the next “；” or “。”, each an amount of money (a share or last year's
/// figure beside one left aside); a change stated among them makes them no list. Each side is read as a whole of one kind,
/// the side, with its parts (<see cref="KindedBreakdown"/>), so that a total stated once is checked once per side.
/// </summary>
internal static class SideBreakdowns
{
    /// <summary>The sides listed in <paramref name="paragraph"/> with the totals they break down, stated there or in <paramref name="previous"/>.</summary>
    public static IEnumerable<KindedBreakdown> Read(ParagraphBlock paragraph, ParagraphBlock? previous = null)
    {
        var text = paragraph.Text;
        var mentions = Read(text);
        var earlier = previous is null ? new List<NumberMention>() : Read(previous.Text);
        foreach (Match lead in ListLeads.Default.SideLeads(text))
        {
            var side = lead.Groups["side"].Value;
            var scope = lead.Groups["scope"].Value.Trim();
            var holder = paragraph;
            var whole = Total(text, mentions, lead.Index, side, scope);
            if (whole is null && previous is not null)
            {
                holder = previous;
                whole = Total(previous.Text, earlier, previous.Text.Length, side, scope);
            }
            if (whole is null || Parts(text, mentions, lead.Index + lead.Length) is not { Count: >= 2 } parts) continue;
            var complete = ListLeads.Default.PromisesEvery(lead.Groups["lead"].Value) && !KindedBreakdowns.Default.LeavesOpen(parts[^1].Text);
            var (label, amount, start, end) = whole.Value;
            yield return new KindedBreakdown(holder.Text[start..end].Trim(), parts.Select(p => p.Text).ToList(), complete, parts.Select(p => paragraph.LocationOf(p.Start, p.End, p.Start)).ToList())
            {
                // A total of the paragraph before is reported on the list that breaks it down.
                Sums = [new KindedSum(side, new ListedSum(label, amount.Number, parts.Select(p => p.Amount).ToList()),
                    holder == paragraph ? paragraph.LocationOf(start, end, amount.Start) : paragraph.LocationOf(lead.Index, parts[^1].End, parts[0].Start))],
            };
        }
    }

    /// <summary>The numbers of <paramref name="text"/>, its bare zeros of money read as the paragraph's (<see cref="StatedNones"/>).</summary>
    private static List<NumberMention> Read(string text)
    {
        var mentions = NumberScanner.Scan(text).ToList();
        var nones = StatedNones.Of(mentions);
        return mentions.Select(nones.Read).ToList();
    }

    /// <summary>The last total before <paramref name="before"/> of <paramref name="side"/> or of both whose words hold <paramref name="scope"/>: its words, amount and fragment.</summary>
    private static (string Label, NumberMention Amount, int Start, int End)? Total(string text, List<NumberMention> mentions, int before, string side, string scope)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.End > before || !m.IsMoney) continue;
            var begin = Labels.LabelStart(text, m.Start, i > 0 ? mentions[i - 1].End : 0).Begin;
            var label = Labels.Clean(text[begin..m.Start]);
            if (ListLeads.Default.Sides.IsTotalOf(label, side) && label.Contains(scope, StringComparison.Ordinal)) return (label, m, begin, m.End);
        }
        return null;
    }

    /// <summary>The amounts listed from <paramref name="start"/> to the next “；” or “。”, each with its words; null when a change is stated among them.</summary>
    private static List<(string Text, PrintedNumber Amount, int Start, int End)>? Parts(string text, List<NumberMention> mentions, int start)
    {
        var end = ListItems.NextOutside(text, start, Punctuation.ItemEnds);
        var parts = new List<(string, PrintedNumber, int, int)>();
        var floor = start;
        foreach (var m in mentions.Where(m => m.Start >= start && m.End <= end))
        {
            var begin = Math.Max(start, Labels.LabelStart(text, m.Start, floor).Begin);
            floor = m.End;
            if (!m.IsMoney || Labels.IsPreviousYearAside(text, m.Start)) continue;
            if (Labels.ChangeDirection(text[begin..m.Start]) is not null) return null;
            parts.Add((text[begin..m.End].Trim(), m.Number, begin, m.End));
        }
        return parts;
    }
}
