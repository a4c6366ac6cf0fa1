using System.Buffers;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Text;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds what a template leaves in a carelessly filled-in text: both alternatives kept (“增加（减少）”, “增加【减少】”, “增加/减少”, “增加或减少5.00万元”),
/// drafting instructions (“（如有…请说明）”, but not a published cross-reference “（若有结转，见附表四）”) and sentences that stop where text was wanted (“主要原因是。”);
/// the pieces of one kind in one sentence are one mark. Both alternatives in a template's own heading (“（二）一般公共预算财政拨款支出决算比上年增（减）变动的主要原因”)
/// or column name (“增加（减少）额”) are published wording, not residue; in a heading's clause with a figure (“（二）…比上年增加（减少）5.00万元的主要原因”) they are.
/// The wording is data: template-residue.json.
/// </summary>
public sealed class TemplateResidue
{
    /// <summary>Punctuation one of which instructions and unfinished sentences hold: part of the cheap test before running the patterns.</summary>
    private const string PunctuationStarts = "（(：:。；";

    /// <summary>What ends a clause: the figure an alternative is chosen for stands in the same one.</summary>
    private static readonly char[] ClauseEnds = ['。', '；', ';', '，', ',', '！', '？', '\n'];

    /// <summary>A figure, an amount or a rate: a number that is no year (“2024年度” dates a heading, it states nothing).</summary>
    private static readonly Regex Figure = new(@"(?<![0-9０-９.．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９.．]|\s*年)", RegexOptions.Compiled);

    private readonly Regex alternative;
    private readonly SearchValues<char> starts;
    private readonly ColumnWords quotedColumns;
    private readonly IReadOnlyList<Regex> instructions;
    private readonly Regex crossReference;
    private readonly IReadOnlyList<Regex> unfinished;

    private TemplateResidue(Vocabulary vocabulary)
    {
        var words = string.Join('|', vocabulary.DirectionWords.Select(Regex.Escape));
        var forms = vocabulary.Alternatives;
        var joins = LabelWordsFile.Alternatives(forms.Joins);
        var bracketed = LabelWordsFile.Either(forms.Brackets.Select(p => $@"{Regex.Escape(p[..1])}\s*(?:{joins})?\s*(?<b>{words})\s*{Regex.Escape(p[1..])}"));
        var second = $@"{bracketed}|(?:{LabelWordsFile.Alternatives(forms.Slashes)})\s*(?<b>{words})|(?:{joins})\s*(?<b>{words})(?=\s*[0-9０-９])";
        alternative = new Regex($@"(?<a>{words})\s*(?:{second})", RegexOptions.Compiled);
        starts = SearchValues.Create(PunctuationStarts + string.Concat(forms.Brackets.Concat(forms.Slashes).Concat(forms.Joins).Select(w => w[0])));
        quotedColumns = vocabulary.QuotedColumns;
        instructions = vocabulary.Instructions.Select(p => new Regex(p, RegexOptions.Compiled)).ToList();
        crossReference = new Regex(vocabulary.CrossReference, RegexOptions.Compiled);
        unfinished = vocabulary.Unfinished.Select(p => new Regex(p, RegexOptions.Compiled)).ToList();
    }

    public static TemplateResidue Default { get; } = new(VocabularyFile.Load<Vocabulary>("template-residue.json"));

    /// <summary>
    /// The residue in <paramref name="text"/>, each located with <paramref name="locate"/>(start, end, anchor);
    /// a piece matched by several patterns is one mark.
    /// </summary>
    public IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny(starts) < 0) return Array.Empty<TextMark>();
        var found = new List<(Match Match, TextMarkKind Kind)>();
        found.AddRange(alternative.Matches(text).Where(m => m.Groups["a"].Value != m.Groups["b"].Value && !IsColumnName(text, m) && !InHeading(text, m))
            .Select(m => (m, TextMarkKind.UnresolvedAlternative)));
        found.AddRange(instructions.SelectMany(p => p.Matches(text)).Where(m => !crossReference.IsMatch(m.Value)).Select(m => (m, TextMarkKind.DraftingInstruction)));
        found.AddRange(unfinished.SelectMany(p => p.Matches(text)).Select(m => (m, TextMarkKind.UnfinishedSentence)));
        var taken = new List<(int Start, int End, TextMarkKind Kind)>();
        foreach (var (m, kind) in found)
        {
            if (taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) continue;
            taken.Add((m.Index, m.Index + m.Length, kind));
        }
        return taken.GroupBy(t => t.Kind).SelectMany(g => SentenceMarks.Merge(g.Key, text, g.Select(t => (t.Start, t.End)), locate));
    }

    /// <summary>
    /// “见“增加（减少）额”栏”, a header line “增加（减少）额”: the alternatives are a column's name, followed by a column's ending and either
    /// opened by a quote or standing alone (white space or the text's edge on both sides).
    /// </summary>
    private bool IsColumnName(string text, Match m)
    {
        var ending = quotedColumns.Endings.FirstOrDefault(e => text.AsSpan(m.Index + m.Length).StartsWith(e, StringComparison.Ordinal));
        if (ending is null) return false;
        var after = m.Index + m.Length + ending.Length;
        return quotedColumns.Quotes.Any(q => text.AsSpan(0, m.Index).EndsWith(q, StringComparison.Ordinal))
            || (m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1])) && (after == text.Length || char.IsWhiteSpace(text[after]));
    }

    /// <summary>
    /// Whether the alternatives stand in a heading the template prints (its clause opens with an ordinal, “（二）”, “三、”) and no
    /// figure is chosen for them in that clause.
    /// </summary>
    private static bool InHeading(string text, Match m)
    {
        var start = text.LastIndexOfAny(ClauseEnds, Math.Max(m.Index - 1, 0)) + 1;
        var end = text.IndexOfAny(ClauseEnds, m.Index + m.Length) is var e and >= 0 ? e : text.Length;
        var clause = text[start..end].TrimStart();
        return ItemStart.IsMatch(clause) && !Figure.IsMatch(clause, ItemStart.Length(clause));
    }

    private sealed class Vocabulary
    {
        public ColumnWords QuotedColumns { get; init; } = new();

        public List<string> DirectionWords { get; init; } = new();

        public AlternativeForms Alternatives { get; init; } = new();

        public List<string> Instructions { get; init; } = new();

        /// <summary>A bracketed piece that points the reader to a place in the document, not the drafter to a task.</summary>
        public string CrossReference { get; init; } = "$^";

        public List<string> Unfinished { get; init; } = new();
    }

    /// <summary>How a second alternative is written after the first: in brackets, after a slash, or after a join before a figure.</summary>
    private sealed class AlternativeForms
    {
        public List<string> Brackets { get; init; } = new();

        public List<string> Slashes { get; init; } = new();

        public List<string> Joins { get; init; } = new();
    }

    private sealed class ColumnWords
    {
        public List<string> Quotes { get; init; } = new();

        public List<string> Endings { get; init; } = new();
    }
}
