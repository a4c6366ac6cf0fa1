using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The part of its sentence a 项 is explained in, when one sentence explains several, each after a “；” (“其中：政务公开审批（项）年初预算为
/// 199.99万元，…；机关事业单位基本养老保险缴费支出（项）年初预算为0万元，支出决算为10.17万元，…”): from the nearest “；” before the fact's
/// figure that a 科目's name follows (<see cref="opensWithName"/>) to the sentence's end; the whole sentence when no such “；” is there
/// (“Z（项）。年初预算为A万元；支出决算为B万元；完成年初预算的C%” explains one 项). The facts of a sentence are asked for in reading
/// order, so each figure is looked for after the one before; a figure not found as printed (converted from 元) leaves the whole sentence.
/// </summary>
internal sealed class ItemClauses
{
    private static readonly char[] Breaks = { '；', ';' };

    private readonly Dictionary<string, int> read = new(StringComparer.Ordinal);

    /// <summary>Where the figures of a text open after the 科目's name it opens with; 0 when it opens with none.</summary>
    private readonly Func<string, int> opensWithName;

    public ItemClauses(Func<string, int> afterName) => opensWithName = afterName;

    /// <summary>Where the clause of <paramref name="fact"/> (stated by <paramref name="figure"/>) starts in its sentence, and the clause.</summary>
    public (int Start, string Clause) Of(NarrativeFact fact, PrintedNumber? figure)
    {
        var sentence = fact.Sentence;
        if (figure is not { ConvertedFrom: null } printed) return (0, sentence);
        var at = sentence.IndexOf(printed.Text, read.GetValueOrDefault(sentence), StringComparison.Ordinal);
        if (at < 0) return (0, sentence);
        read[sentence] = at + printed.Text.Length;
        for (var cut = at == 0 ? -1 : sentence.LastIndexOfAny(Breaks, at - 1); cut >= 0; cut = cut == 0 ? -1 : sentence.LastIndexOfAny(Breaks, cut - 1))
        {
            if (opensWithName(sentence[(cut + 1)..]) > 0) return (cut + 1, sentence[(cut + 1)..]);
        }
        return (0, sentence);
    }
}
