using System.Buffers;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds what a template leaves in a carelessly filled-in text: both alternatives kept (“增加（减少）”, “增加【减少】”, “增加/减少”, “增加或减少5.00万元”),
/// drafting instructions (“（如有…请说明）”, but not a published cross-reference “（若有结转，见附表四）”) and sentences that stop where text was wanted (“主要原因是。”);
/// the pieces of one kind in one sentence are one mark.
/// The wording is data: template-residue.json.
/// </summary>
public sealed class TemplateResidue
{
    /// <summary>Punctuation one of which instructions and unfinished sentences hold: part of the cheap test before running the patterns.</summary>
    private const string PunctuationStarts = "（(：:。；";

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
        found.AddRange(alternative.Matches(text).Where(m => m.Groups["a"].Value != m.Groups["b"].Value && !IsQuotedColumn(text, m))
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

    /// <summary>“见“增加（减少）额”栏”: the alternatives are a quoted column name, opened by a quote and followed by a column's ending.</summary>
    private bool IsQuotedColumn(string text, Match m) =>
        quotedColumns.Quotes.Any(q => text.AsSpan(0, m.Index).EndsWith(q, StringComparison.Ordinal))
        && quotedColumns.Endings.Any(e => text.AsSpan(m.Index + m.Length).StartsWith(e, StringComparison.Ordinal));

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
