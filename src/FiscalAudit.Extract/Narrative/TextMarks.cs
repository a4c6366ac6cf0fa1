using System.Buffers;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Extract.Metadata;
using FiscalAudit.Extract.SelfEvaluation;
using static FiscalAudit.Extract.Narrative.LabelWordsFile;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Finds reporting years, placeholders, unit typos and cited 科目 names in running text. <c>locate(start, end, anchor)</c> gives the
/// place of the text [start, end) on the line of the character at anchor (a paragraph's <see cref="ParagraphBlock.LocationOf(int, int, int)"/>).
/// The wording is data: text-marks.json, its patterns built once; a year, a number and the date 12月31日 are structure, here.
/// </summary>
public sealed class TextMarks
{
    /// <summary>What “…” in a frame stands for: a few characters of one clause, no number among them.</summary>
    private const string FrameGap = "[^，。；、0-9]{0,16}?";

    /// <summary>A placeholder next to one of these is part of a Latin word (“XXL”), not a placeholder.</summary>
    private const string LatinLetter = "[A-Za-zＡ-Ｚａ-ｚ]";

    /// <summary>A run of signs next to one of these is part of a code or a masked number (“12530100XX4567890A”, “5301××××1234”).</summary>
    private const string Digit = "[0-9０-９]";

    /// <summary>Where a round-bracketed name is the whole value: the start of a line or right after a label's colon.</summary>
    private const string ValueStart = "(?<=(?:^|[\\n：:])[ \\u3000]*)";

    private readonly Regex placeholder;
    private readonly MaskedNames maskedNames;
    private readonly Regex doubledUnit;
    private readonly Regex rateWithoutPercent;
    private readonly Regex sentenceYear;
    private readonly Regex yearEnd;
    private readonly Regex arabicTitleYear;

    // Characters one of which a text must hold for the patterns above to match: a cheap test before running them.
    private readonly SearchValues<char> placeholderStarts;
    private readonly SearchValues<char> unitEnds;
    private readonly SearchValues<char> yearEndStarts;

    private TextMarks(Vocabulary words)
    {
        var placeholders = words.Placeholders;
        // A whole run, not its tail: “5301××××1234” is no run after its first sign.
        var runs = placeholders.Repeated.Select(Regex.Escape).Select(s => $"(?<!{Digit}|{s})(?:{s}){{2,}}(?!{Digit}|{s})");
        var numerals = Regex.Escape(placeholders.Numerals.Numerals);
        var circles = placeholders.Numerals.Signs.Select(s => $"(?<![{numerals}])(?:{Regex.Escape(s)}){{2,}}(?![{numerals}])");
        var single = placeholders.BeforeUnit;
        var lone = $"(?<![0-9０-９])(?:{Alternatives(single.Signs)})(?=\\s*(?:{Alternatives(single.Units)}))";
        var year = placeholders.InYear;
        var yearSigns = $"(?:{Alternatives(year.Signs)})";
        var inYear = $"(?<![0-9])(?:{Alternatives(year.Centuries)})[0-9]?(?:{yearSigns}[0-9]?){{1,2}}(?=\\s*年)";
        var bracketed = Either(placeholders.Bracketed.Pairs.Select(p =>
            $"\\{p[0]}[^\\{p[1]}0-9]{{0,6}}?(?:{Alternatives(placeholders.Bracketed.Ends)})\\{p[1]}"));
        var roundBracketed = Either(placeholders.Bracketed.RoundPairs.Select(p =>
            $"{ValueStart}\\{p[0]}[^\\{p[1]}0-9]{{1,6}}?(?:{Alternatives(placeholders.Bracketed.Ends)})\\{p[1]}"));
        var empty = placeholders.Bracketed.EmptyPairs.Select(p => $"\\{p[0]}[ \\u3000]*\\{p[1]}");
        // A whole run, not after a figure: “**12.30**万元” is Markdown's bold around a figure, “***万元” a blank.
        var blank = $"(?<![0-9０-９]|{Alternatives(placeholders.Blanks)})(?:{Alternatives(placeholders.Blanks)})+(?=\\s*(?:{Alternatives(single.Units)}))";
        var ellipsis = $"(?:{Alternatives(placeholders.Ellipses.Signs)})+(?=\\s*(?:{Alternatives(placeholders.Ellipses.Units)}))";
        placeholder = Build($"(?<!{LatinLetter})(?:{Either(runs.Concat(circles).Append(lone).Append(inYear).Append(blank).Append(ellipsis).Concat(empty))}|{Alternatives(placeholders.Words)}|{bracketed}|{roundBracketed})(?!{LatinLetter})");
        maskedNames = new MaskedNames(placeholders.MaskedNames, placeholders.Repeated, placeholders.Words);
        placeholderStarts = SearchValues.Create(string.Concat(placeholders.Repeated.Concat(placeholders.Words).Concat(placeholders.Numerals.Signs).Concat(single.Signs)
            .Concat(year.Signs).Concat(placeholders.Bracketed.Pairs).Concat(placeholders.Bracketed.RoundPairs).Concat(placeholders.Bracketed.EmptyPairs)
            .Concat(placeholders.Blanks).Concat(placeholders.Ellipses.Signs).Select(w => w[0])));

        var units = words.DoubledUnits;
        var signs = Alternatives(units.Signs);
        var doubled = units.Units.OrderByDescending(u => u.Length).Select(u => $@"{NotEnding(u, units.Units)}{Regex.Escape(u)}\s*{Regex.Escape(u)}");
        doubledUnit = Build($@"{Either(doubled)}|(?:{signs})\s*(?:{signs})");
        unitEnds = SearchValues.Create(string.Concat(units.Units.Concat(units.Signs).Select(w => w[^1])));

        var rate = words.RateWithoutPercent;
        var frames = rate.Frames.Select(f => Regex.Escape(f).Replace("…", FrameGap, StringComparison.Ordinal));
        rateWithoutPercent = Build($@"(?:{Either(frames)}|{Alternatives(rate.Leads)})\s*(?<n>[0-9]+(?:\.[0-9]+)?)(?!\s*[0-9.]|\s*(?:{Alternatives(rate.UnitsAfter)}))");

        var sentence = words.SentenceYear;
        var compared = Alternatives(sentence.Comparisons);
        var ofFigure = $@"年(?![度底末初])(?=[，,]?[^0-9０-９，,。；;：:、]{{0,10}}?(?:{Alternatives(sentence.FigureWords)}))(?![，,]?[^，,。；;]*?(?:{compared}))(?![^。]*?{PrintedYears.Number}\s*年)";
        sentenceYear = Build($@"^\s*(?:{Alternatives(sentence.Subjects)})?\s*(?<y>{PrintedYears.Number})\s*(?:年度(?!.{{0,6}}(?:{compared}))|{ofFigure})");

        var title = words.TitleYear;
        var comparison = Alternatives(title.Comparisons);
        arabicTitleYear = Build($@"(?<![0-9〔\[（(])(?<y>{YearNumber})\s*年(?![度底末初])(?:(?!{comparison})[^0-9０-９。，；：:]){{0,30}}?(?:{Alternatives(title.Words)})(?![^。，；：:]*?(?:{comparison}))");

        yearEnd = Build($@"(?:{Alternatives(words.YearEnd.Words)})\s*(?<y>{YearNumber})\s*年\s*12\s*月\s*31\s*日");
        yearEndStarts = SearchValues.Create(string.Concat(words.YearEnd.Words.Select(w => w[0])));
    }

    public static TextMarks Default { get; } = new(VocabularyFile.Load<Vocabulary>("text-marks.json"));

    /// <summary>The words of <paramref name="json"/> (in the form of text-marks.json), e.g. an edited copy.</summary>
    public static TextMarks FromJson(string json) =>
        new(VocabularyFile.Parse<Vocabulary>(json, "text-marks.json"));

    /// <summary>
    /// A title's year: “2023年度”, or a year written out (printed-years.json) before “年” or “年度” (“二〇二三年度…”, “二○二二年部门决算”),
    /// a cover's way of dating a title, never a comparison's; a month after it makes it a date (“二〇二四年八月”), when it was published.
    /// </summary>
    private static readonly Regex TitleYear = new(
        $@"(?<![0-9〔\[（(])(?<y>(?:19|20)[0-9]{{2}})\s*年度|(?<![{PrintedYears.Digits}])(?<y>{PrintedYears.WrittenNumber})\s*年(?!\s*[0-9０-９一二三四五六七八九十]{{1,2}}\s*月)",
        RegexOptions.Compiled);

    /// <summary>The placeholders, template residue, cited 科目, comparison bases and unit typos of <paramref name="text"/>.</summary>
    public static IEnumerable<TextMark> Find(string text, Func<int, int, int, SourceLocation> locate) => Default.In(text, locate);

    /// <summary>
    /// The marks of a paragraph's text (<see cref="Find"/>), but for a rate's number printed on a line of its own after the rate's
    /// name: an indicator's name and its weight or score in a table flattened one cell per line (“预算执行率” then “5”), no rate.
    /// </summary>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="from">Where its text is read from: after a run-in heading (“一、收入支出决算总体情况说明：…”), whose marks are the title's.</param>
    public static IEnumerable<TextMark> Find(ParagraphBlock paragraph, int from = 0) =>
        Default.In(paragraph.Text[from..], (s, e, a) => paragraph.LocationOf(s + from, e + from, a + from), (s, e) => paragraph.IsWholePiece(s + from, e + from));

    /// <summary>
    /// What a table cell may hold: placeholders and doubled units (“85.60%%” in a 完成率 column); in the value of a form's head label
    /// (<paramref name="label"/>, the text of the cell before it: 项目名称, 主管部门, 实施单位 …) a drafting instruction too
    /// (“主管部门 | （请填写）”). A cell with a placeholder is that one mark.
    /// </summary>
    public static IEnumerable<TextMark> InCell(string text, Func<int, int, int, SourceLocation> locate, string? label = null) => Default.InCellOf(text, locate, label);

    /// <summary>
    /// Years the text names as its reporting year: any “YYYY年度” of a title line (or a year written out, <see cref="TitleYear"/>, or a
    /// “YYYY年” the title goes on to name a 决算 or 部门预算 of, text-marks.json titleYear: “2023年部门决算情况说明”), the
    /// “YYYY年度” that opens a sentence of a statement (“本部门2020年度收入合计…”, “二〇二〇年度收入合计…”) and the year-end date of the
    /// reporting year (“截至2020年12月31日”); “与2019年度相比” is a comparison.
    /// </summary>
    public static IEnumerable<TextMark> Years(string text, Func<int, int, int, SourceLocation> locate, bool title) => Default.YearsIn(text, locate, title);

    /// <inheritdoc cref="Find(string, Func{int, int, int, SourceLocation})"/>
    /// <param name="text">The text.</param>
    /// <param name="locate">The place of the characters [start, end) on the line of the character at anchor.</param>
    /// <param name="ownLine">Whether the characters [start, end) are a printed line of their own; a rate's number that is, is a table cell.</param>
    public IEnumerable<TextMark> In(string text, Func<int, int, int, SourceLocation> locate, Func<int, int, bool>? ownLine = null)
    {
        foreach (var m in PlaceholdersIn(text, locate)) yield return m;
        foreach (var m in TemplateResidue.Default.Find(text, locate)) yield return m;
        foreach (var m in ClassificationMentions.Find(text, locate)) yield return m;
        foreach (var m in ComparisonBases.Find(text, locate)) yield return m;
        foreach (var m in DoubledUnitsIn(text, locate)) yield return m;
        foreach (Match m in rateWithoutPercent.Matches(text))
        {
            var number = m.Groups["n"];
            if (ownLine?.Invoke(number.Index, number.Index + number.Length) == true) continue;
            yield return new TextMark(TextMarkKind.RateWithoutPercent, m.Value, Around(text, m.Index, m.Length), locate(m.Index, m.Index + m.Length, number.Index));
        }
    }

    /// <inheritdoc cref="InCell"/>
    public IEnumerable<TextMark> InCellOf(string text, Func<int, int, int, SourceLocation> locate, string? label = null)
    {
        var placeholders = PlaceholdersIn(text, locate).ToList();
        var headValue = label is not null && IndicatorTableWords.Default.IsNameLabel(EvaluationText.Compact(label).TrimEnd(':'));
        var instructions = placeholders.Count > 0 || !headValue ? Enumerable.Empty<TextMark>() : TemplateResidue.Default.Find(text, locate).Where(m => m.Kind == TextMarkKind.DraftingInstruction);
        return placeholders.Concat(instructions).Concat(DoubledUnitsIn(text, locate));
    }

    /// <summary>A unit or sign printed twice (“27.57万元万元”, “85.60%%”).</summary>
    private IEnumerable<TextMark> DoubledUnitsIn(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny(unitEnds) < 0) yield break;
        foreach (Match m in doubledUnit.Matches(text))
            yield return new TextMark(TextMarkKind.DoubledUnit, m.Value, Around(text, m.Index, m.Length), locate(m.Index, m.Index + m.Length, m.Index));
    }

    /// <summary>Only the placeholders; those of one sentence are one mark.</summary>
    public IEnumerable<TextMark> PlaceholdersIn(string text, Func<int, int, int, SourceLocation> locate)
    {
        if (text.AsSpan().IndexOfAny(placeholderStarts) < 0) return Array.Empty<TextMark>();
        return SentenceMarks.Merge(TextMarkKind.Placeholder, text,
            placeholder.Matches(text).Where(m => !maskedNames.Is(text, m.Index, m.Length)).Select(m => (m.Index, m.Index + m.Length)), locate);
    }

    /// <inheritdoc cref="Years"/>
    public IEnumerable<TextMark> YearsIn(string text, Func<int, int, int, SourceLocation> locate, bool title)
    {
        if (title)
        {
            foreach (Match m in TitleYear.Matches(text)) yield return Year(text, m, locate);
            foreach (Match m in arabicTitleYear.Matches(text)) yield return Year(text, m, locate);
            yield break;
        }
        if (text.AsSpan().IndexOfAny(yearEndStarts) >= 0)
        {
            foreach (Match m in yearEnd.Matches(text)) yield return Year(text, m, locate, kind: TextMarkKind.YearEnd);
        }
        var start = 0;
        foreach (var sentence in text.Split('。'))
        {
            var m = sentenceYear.Match(sentence);
            if (m.Success) yield return Year(text, m, locate, start);
            start += sentence.Length + 1;
        }
    }

    /// <summary>The text around [index, index + length), twenty characters each side.</summary>
    internal static string Around(string text, int index, int length)
    {
        var from = Math.Max(0, index - 20);
        var to = Math.Min(text.Length, index + length + 20);
        return text[from..to];
    }

    private static TextMark Year(string text, Match m, Func<int, int, int, SourceLocation> locate, int offset = 0, TextMarkKind kind = TextMarkKind.ReportingYear)
    {
        var y = m.Groups["y"];
        return new TextMark(kind, y.Value, Around(text, offset + y.Index, y.Length), locate(offset + m.Index, offset + m.Index + m.Length, offset + y.Index), PrintedYears.Value(y.Value));
    }

    /// <summary>“(?&lt;!万)” for 元: <paramref name="unit"/> is not doubled right after the rest of a longer unit it ends (“万元元旦”).</summary>
    private static string NotEnding(string unit, IEnumerable<string> units) =>
        string.Concat(units.Where(u => u.Length > unit.Length && u.EndsWith(unit, StringComparison.Ordinal)).Select(u => $"(?<!{Regex.Escape(u[..^unit.Length])})"));

    private sealed class Vocabulary
    {
        public PlaceholderWords Placeholders { get; init; } = new();

        public UnitWords DoubledUnits { get; init; } = new();

        public RateWords RateWithoutPercent { get; init; } = new();

        public SentenceYearWords SentenceYear { get; init; } = new();

        public WordList YearEnd { get; init; } = new();

        public TitleYearWords TitleYear { get; init; } = new();
    }

    private sealed class PlaceholderWords
    {
        public List<string> Repeated { get; init; } = new();

        public NumeralSigns Numerals { get; init; } = new();

        public UnitSigns BeforeUnit { get; init; } = new();

        public List<string> Words { get; init; } = new();

        /// <summary>Signs of a blank to fill in, any number of them, before one of <see cref="UnitSigns.Units"/> (“＿＿万元”).</summary>
        public List<string> Blanks { get; init; } = new();

        /// <summary>Signs of an ellipsis standing for a figure before one of its units (“增加……万元”).</summary>
        public UnitSigns Ellipses { get; init; } = new();

        public YearSigns InYear { get; init; } = new();

        public BracketedNames Bracketed { get; init; } = new();

        public MaskedNameWords MaskedNames { get; init; } = new();
    }

    /// <summary>Where a masked person's name is written: after one of <see cref="Surnames"/>, before one of <see cref="After"/> or a text's end.</summary>
    internal sealed class MaskedNameWords
    {
        public List<string> Surnames { get; init; } = new();

        public List<string> After { get; init; } = new();
    }

    private sealed class YearSigns
    {
        public List<string> Signs { get; init; } = new();

        public List<string> Centuries { get; init; } = new();
    }

    private sealed class BracketedNames
    {
        public List<string> Pairs { get; init; } = new();

        public List<string> Ends { get; init; } = new();

        /// <summary>Round brackets around a name, a placeholder only where the name is the whole value (“实施单位：（单位名称）”).</summary>
        public List<string> RoundPairs { get; init; } = new();

        /// <summary>Pairs that are a placeholder with nothing but spaces between them (“【 】”).</summary>
        public List<string> EmptyPairs { get; init; } = new();
    }

    private sealed class NumeralSigns
    {
        public List<string> Signs { get; init; } = new();

        public string Numerals { get; init; } = string.Empty;
    }

    private sealed class UnitSigns
    {
        public List<string> Signs { get; init; } = new();

        public List<string> Units { get; init; } = new();
    }

    private sealed class UnitWords
    {
        public List<string> Units { get; init; } = new();

        public List<string> Signs { get; init; } = new();
    }

    private sealed class RateWords
    {
        public List<string> Leads { get; init; } = new();

        public List<string> Frames { get; init; } = new();

        public List<string> UnitsAfter { get; init; } = new();
    }

    private sealed class TitleYearWords
    {
        public List<string> Words { get; init; } = new();

        public List<string> Comparisons { get; init; } = new();
    }

    private sealed class SentenceYearWords
    {
        public List<string> Subjects { get; init; } = new();

        public List<string> FigureWords { get; init; } = new();

        public List<string> Comparisons { get; init; } = new();
    }
}
