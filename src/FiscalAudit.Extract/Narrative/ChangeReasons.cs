using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The reasons of a change stated as all of it, each a signed amount (甘肃: “机关运行经费支出74.84万元，比2019年增加5.36万元。原因是：
/// 一是劳务派遣人员增加，劳务费增加4.20万元；二是办公设备更新，办公设备购置费增加1.16万元。”): a lead right before points numbered
/// from “一是”, each stating exactly one amount, which the paragraph read as a change. The change explained is the last fact of the
/// sentence before, or the change right before the lead in the same sentence. Reasons called main or some (“主要原因是”, “等”)
/// are not all of it and are left alone. The words are data: label-words.json (changeReasons, itemOrdinals).
/// </summary>
public sealed class ChangeReasons
{
    private readonly Regex lead;
    private readonly Regex partial;
    private readonly Regex point;
    private readonly List<string> numerals;

    private ChangeReasons(Vocabulary words)
    {
        lead = Build($@"(?:{Alternatives(words.ChangeReasons.Leads)})\s*[：:]?\s*");
        partial = Build(Alternatives(words.ChangeReasons.Partial));
        numerals = words.ItemOrdinals.Numerals;
        point = Build($@"(?<n>{Alternatives(numerals)})(?:{Alternatives(words.ItemOrdinals.Points)})");
    }

    public static ChangeReasons Default { get; } = new(Load<Vocabulary>());

    /// <summary>Adds to each change of <paramref name="facts"/> (the facts of the paragraph <paramref name="text"/>, in order) the reasons stated as all of it.</summary>
    public static void Link(string text, List<NarrativeFact> facts) => Default.Read(text, facts);

    /// <summary>The words of <paramref name="json"/> (in the form of label-words.json), e.g. an edited copy.</summary>
    public static ChangeReasons FromJson(string json) => new(Parse<Vocabulary>(json));

    /// <inheritdoc cref="Link"/>
    public void Read(string text, List<NarrativeFact> facts)
    {
        foreach (var sentence in text.Split('。').Select(s => s.Trim()))
        {
            var m = lead.Match(sentence);
            if (!m.Success || Points(sentence[(m.Index + m.Length)..]) is not { } points) continue;
            var clauseStart = sentence.LastIndexOfAny(['，', ',', '；', ';'], Math.Max(m.Index - 1, 0)) + 1;
            if (partial.IsMatch(sentence[clauseStart..])) continue;
            var changes = facts.Where(f => f.Kind == FactKind.Change && f.Sentence == sentence).ToList();
            if (changes.Count < points.Count) continue;
            var reasons = changes.Skip(changes.Count - points.Count).ToList();
            if (!points.Zip(reasons).All(p => StatesOnly(p.First, p.Second))) continue;
            var explained = changes.Count > points.Count ? changes[changes.Count - points.Count - 1] : LastBefore(facts, reasons[0]);
            if (explained is { Amount: not null, Direction: not 0 } && reasons.All(r => r.Unit == explained.Unit)) explained.Reasons.AddRange(reasons);
        }
    }

    /// <summary>“一是…；二是…；三是…” opening <paramref name="text"/>: the text of each point, numbered from one on (at least two); else null.</summary>
    private List<string>? Points(string text)
    {
        var marks = point.Matches(text).ToList();
        if (marks.Count < 2 || marks[0].Index != 0) return null;
        for (var k = 0; k < marks.Count; k++)
        {
            if (k >= numerals.Count || marks[k].Groups["n"].Value != numerals[k]) return null;
        }
        return marks.Select((mark, k) => text[mark.Index..(k + 1 < marks.Count ? marks[k + 1].Index : text.Length)]).ToList();
    }

    /// <summary>The point states one amount, the signed change <paramref name="reason"/> read from it.</summary>
    private static bool StatesOnly(string point, NarrativeFact reason) =>
        reason is { Amount: { } amount, Direction: not 0 } && NumberScanner.Scan(point).Where(n => n.IsMoney).ToList() is [var only] && only.Number.Text == amount.Text;

    /// <summary>The change that is the last fact of the sentence before <paramref name="first"/>'s, if it is one.</summary>
    private static NarrativeFact? LastBefore(List<NarrativeFact> facts, NarrativeFact first)
    {
        var at = facts.IndexOf(first);
        var before = at > 0 ? facts[at - 1] : null;
        return before is { Kind: FactKind.Change } && before.Sentence != first.Sentence ? before : null;
    }

    private sealed class Vocabulary
    {
        public ReasonWords ChangeReasons { get; init; } = new();

        public OrdinalWords ItemOrdinals { get; init; } = new();
    }

    private sealed class ReasonWords
    {
        public List<string> Leads { get; init; } = new();

        public List<string> Partial { get; init; } = new();
    }

    private sealed class OrdinalWords
    {
        public List<string> Numerals { get; init; } = new();

        public List<string> Points { get; init; } = new();
    }
}
