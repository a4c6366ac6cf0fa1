using System.Text.RegularExpressions;
using FiscalAudit.Core.Model.Facts;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// The base a share names and the amounts that base may be: “占本年收入的80%” is a share of the 本年收入合计,
/// “占总支出的” of the 支出总计 or 支出合计, “占比80%” names none. The wording is data: share-bases.json.
/// </summary>
public sealed class ShareBases
{
    private readonly Vocabulary words;

    private readonly Regex lead;
    private readonly Regex partHeading;

    private readonly List<string> partTitles;

    private ShareBases(Vocabulary vocabulary)
    {
        words = vocabulary;
        lead = new Regex(vocabulary.LeadPattern, RegexOptions.CultureInvariant);
        partHeading = new Regex(vocabulary.PartHeadingPattern, RegexOptions.CultureInvariant);
        partTitles = vocabulary.PartTitles;
    }

    public static ShareBases Default { get; } = new(VocabularyFile.Load<Vocabulary>("share-bases.json"));

    /// <summary>“占总收入的” → “总收入”; “占”, “占比”, “所占比重为” → “”; null when the text before a percent is no share.</summary>
    public string? In(string clause)
    {
        var i = clause.LastIndexOf('占');
        if (i < 0) return null;
        var b = clause[(i + 1)..].Trim().TrimEnd('为', '是', '达').TrimEnd();
        foreach (var word in words.RatioWords)
        {
            if (!b.EndsWith(word, StringComparison.Ordinal)) continue;
            b = b[..^word.Length];
            break;
        }
        return b.TrimEnd('的').Trim();
    }

    /// <summary>True when <paramref name="sentence"/> opens with the heading of a part of its section run in with a colon (“（二）结构情况：”).</summary>
    public bool OpensWithPartHeading(string sentence) => partHeading.IsMatch(sentence);

    /// <summary>
    /// True when <paramref name="section"/>, the title a paragraph stands under, is that of a part of the section before it that looks at
    /// its structure (`partTitles`: 河南 “（二）支出决算结构情况” after “（一）支出决算总体情况”).
    /// </summary>
    public bool IsPartTitle(string section) => partTitles.Any(w => section.TrimEnd().EndsWith(w, StringComparison.Ordinal));

    /// <summary>
    /// The whole a sentence opens by naming without its amount (“2023年度“三公”经费财政拨款支出决算中，…”): the base of its
    /// shares that name none; null when the sentence opens otherwise (“其中，…” names the previous amount, not a base).
    /// </summary>
    public string? LeadOf(string sentence) =>
        lead.Match(sentence) is { Success: true } m && !m.Groups["base"].Value.StartsWith('其') && !NumberScanner.Scan(m.Groups["base"].Value).Any(n => n.IsMoney)
            ? m.Groups["base"].Value.Trim()
            : null;

    /// <summary>True when an amount with key <paramref name="key"/> is the base <paramref name="named"/>.</summary>
    public bool Names(string key, string named)
    {
        if (FactResolver.SameQuantity(key, named)) return true;
        var bare = QuantityKeys.Normalize(named);
        var opening = string.Empty;
        foreach (var lead in words.LeadingWords)
        {
            if (!bare.StartsWith(lead, StringComparison.Ordinal) || bare.Length <= lead.Length) continue;
            bare = bare[lead.Length..];
            opening = lead;
            break;
        }
        if (words.TotalWords.Any(t => (!words.GrandTotalWords.Contains(t) || words.GrandLeadingWords.Contains(opening)) && FactResolver.SameQuantity(key, bare + t))) return true;
        var figure = WithoutFigure(QuantityKeys.Normalize(key));
        bare = WithoutFigure(bare);
        return bare.Length > 0 && (figure == bare || words.ScopeTails.Any(t => figure == bare + t));
    }

    /// <summary>“三公经费财政拨款支出决算” → “三公经费财政拨款支出”: a name without the figure word at its end.</summary>
    private string WithoutFigure(string name)
    {
        foreach (var word in words.FigureWords)
        {
            if (name.EndsWith(word, StringComparison.Ordinal) && name.Length > word.Length) return name[..^word.Length];
        }
        return name;
    }

    /// <summary>
    /// True when <paramref name="named"/> is the key <paramref name="key"/> without its leading qualifier: in
    /// “一般公共预算财政拨款基本支出2900万元，其中：人员经费2612万元，占基本支出的90.07%” the base is the whole of the sentence.
    /// </summary>
    public bool Shortens(string key, string named)
    {
        var bare = QuantityKeys.Normalize(named);
        return bare.Length >= MinimumShortBase && QuantityKeys.Normalize(key).EndsWith(bare, StringComparison.Ordinal);
    }

    /// <summary>A shorter base (“支出”, “收入”) names too little to be the sentence's whole.</summary>
    private const int MinimumShortBase = 4;

    private sealed class Vocabulary
    {
        public List<string> RatioWords { get; init; } = new();

        public List<string> LeadingWords { get; init; } = new();

        public List<string> TotalWords { get; init; } = new();

        public List<string> GrandTotalWords { get; init; } = new();

        public List<string> GrandLeadingWords { get; init; } = new();

        public List<string> FigureWords { get; init; } = new();

        public List<string> ScopeTails { get; init; } = new();

        public string LeadPattern { get; init; } = "$^";

        public string PartHeadingPattern { get; init; } = "$^";

        public List<string> PartTitles { get; init; } = new();
    }
}
