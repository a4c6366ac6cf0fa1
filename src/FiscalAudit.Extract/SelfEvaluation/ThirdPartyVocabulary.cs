using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The words of third-party evaluation reports (决策/过程/产出/效益), loaded from third-party-report.json
/// (embedded), where the way a table qualifies is described. Every word is matched in its compact form
/// (<see cref="EvaluationText.Compact"/>).
/// </summary>
internal sealed class ThirdPartyVocabulary
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static ThirdPartyVocabulary Default { get; } = EmbeddedJson.Load<ThirdPartyVocabulary>(typeof(ThirdPartyVocabulary).Assembly, "third-party-report.json", Options);

    public List<GroupWords> Groups { get; init; } = new();

    public List<string> RequiredGroups { get; init; } = new();

    /// <summary>一级指标, 二级指标, 三级指标: the header of level k is entry k − 1.</summary>
    public List<string> LevelHeaders { get; init; } = new();

    public List<string> NameLabels { get; init; } = new();

    public List<string> SupervisorLabels { get; init; } = new();

    public List<string> ImplementerLabels { get; init; } = new();

    /// <summary>The words a report's title ends with (“绩效评价报告”, “绩效自评报告”).</summary>
    public List<string> TitleEndings { get; init; } = new();

    /// <summary>Title words of a department-wide evaluation (“部门整体支出绩效自评报告”): its table is the department's, named after it.</summary>
    public List<string> DepartmentWideWords { get; init; } = new();

    /// <summary>Words after the issuer of a report titled “石门县财政局关于…绩效评价报告” (“关于”): what precedes them is no part of the project's name.</summary>
    public List<string> TitleSubjectMarks { get; init; } = new();

    /// <summary>Words dropped from a title to leave the project's name (“关于”, “支出”).</summary>
    public List<string> TitleNoise { get; init; } = new();

    /// <summary>Words before the budget, the amount spent and the execution rate in the funds sentence.</summary>
    public List<string> BudgetWords { get; init; } = new();

    public List<string> SpentWords { get; init; } = new();

    public List<string> RateWords { get; init; } = new();

    public List<string> ScoreWords { get; init; } = new();

    public List<string> GradeWords { get; init; } = new();

    /// <summary>What follows a grade band's bound (“90分（含）以上”), which is no stated total.</summary>
    public List<string> BandMarks { get; init; } = new();

    /// <summary>The level whose groups a group-score column headed so holds (“一级指标得分” → 1); a column not listed holds the level left of it.</summary>
    public Dictionary<string, int> GroupScoreLevels { get; init; } = new();

    /// <summary>Words a first-level name may start with around the group's name (“项目”).</summary>
    public List<string> GroupPrefixes { get; init; } = new();

    /// <summary>Words a first-level name may end with after the group's name (“类指标”, “指标”).</summary>
    public List<string> GroupSuffixes { get; init; } = new();

    /// <summary>The framework group a printed first-level name stands for (“项目决策” → 决策, “决策类” → 决策), if any.</summary>
    public string? GroupOf(string compactName)
    {
        var alias = Groups.FirstOrDefault(g => g.Aliases.Contains(compactName, StringComparer.Ordinal))?.Name;
        if (alias is not null) return alias;
        var bare = compactName;
        foreach (var prefix in GroupPrefixes.Where(p => bare.StartsWith(p, StringComparison.Ordinal))) bare = bare[prefix.Length..];
        bare = WithoutGroupSuffix(bare);
        return Groups.FirstOrDefault(g => g.Name == bare)?.Name;
    }

    /// <summary>The name with the first of <see cref="GroupSuffixes"/> it ends with dropped (“决策类指标” → “决策”).</summary>
    private string WithoutGroupSuffix(string compactName) =>
        GroupSuffixes.FirstOrDefault(s => compactName.EndsWith(s, StringComparison.Ordinal)) is string suffix ? compactName[..^suffix.Length] : compactName;

    /// <summary>
    /// True when the framework puts the second-level name under <paramref name="group"/> (“资金到位”, “资金管理指标” under 过程),
    /// compared compact with a group suffix (“指标”) dropped.
    /// </summary>
    public bool PutsUnder(string group, string secondLevel)
    {
        var key = EvaluationText.Compact(secondLevel);
        var bare = WithoutGroupSuffix(key);
        return Groups.FirstOrDefault(g => g.Name == group)?.SecondLevel.Any(n => n == key || n == bare) == true;
    }

    /// <summary>A stated total (“综合得分为86.5分”): the score in group v.</summary>
    public Regex ScoreStatement => statements.Value.Score;

    /// <summary>A stated grade (“评价等级为“良””, “自评等级为优秀”): the printed grade word in group g (<see cref="IndicatorTableWords.GradeOf"/> normalises it).</summary>
    public Regex GradeStatement => statements.Value.Grade;

    /// <summary>Words before a first-level group's score stated in the text (“得分”, “评价得分”: “决策指标得分13.5分”).</summary>
    public List<string> GroupScoreWords { get; init; } = new();

    /// <summary>Words before a first-level group's points stated beside its score (“满分”: “过程指标满分25分，评价得分23分”).</summary>
    public List<string> GroupPointsWords { get; init; } = new();

    /// <summary>
    /// A first-level group's score stated in the text (“决策指标得分13.5分”, “过程指标满分25分，评价得分23分”): the group's printed name
    /// in group g (<see cref="GroupOf"/> reads it), the score in group s.
    /// </summary>
    public Regex GroupScoreStatement => groupScore.Value;

    private readonly Lazy<Regex> groupScore;

    /// <summary>The words as a regular expression's alternatives, the longest first.</summary>
    private static string Any(IEnumerable<string> list) => string.Join("|", list.OrderByDescending(w => w.Length).Select(Regex.Escape));

    /// <summary>
    /// The characters that may stand right before a group's name in its statement (“其中决策指标得分”, “项目的决策…”); any other 汉字 makes
    /// the name part of a longer one (“社会效益得分18分” states no score of 效益).
    /// </summary>
    public string GroupNameLeads { get; init; } = string.Empty;

    private static Regex BuildGroupScore(ThirdPartyVocabulary words)
    {
        var names = Any(words.Groups.SelectMany(g => g.Aliases.Append(g.Name)).Distinct());
        const string number = @"\d+(?:\.\d+)?";
        return new Regex(
            $@"(?<![\p{{IsCJKUnifiedIdeographs}}-[{Regex.Escape(words.GroupNameLeads)}]])(?<g>(?:{names})(?:{Any(words.GroupSuffixes)})?)\s*(?:[（(]?(?:{Any(words.GroupPointsWords)})(?:为)?\s*{number}\s*分[）)]?[,，]?\s*)?(?:{Any(words.GroupScoreWords)})\s*(?:为|:|：)?\s*(?<s>{number})\s*分",
            RegexOptions.CultureInvariant);
    }

    /// <summary>A group's score in its own cell after its name and points (“得分18”, “，实际得分：18.5分”): a score column's word (indicator-table.json), the score in group s.</summary>
    public Regex ScoreInCell => statements.Value.InCell;

    private readonly Lazy<(Regex Score, Regex Grade, Regex InCell)> statements;

    public ThirdPartyVocabulary()
    {
        statements = new(() => BuildStatements(this));
        groupScore = new(() => BuildGroupScore(this));
        captionFrames = new(() => CaptionFrames.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray());
    }

    private static (Regex Score, Regex Grade, Regex InCell) BuildStatements(ThirdPartyVocabulary words)
    {
        var score = new Regex($@"(?:{Any(words.ScoreWords)})\s*(?:为|是|:|：)?\s*(?<v>\d+(?:\.\d+)?)\s*分(?!\s*(?:{Any(words.BandMarks)}))", RegexOptions.CultureInvariant);
        var grade = new Regex($@"(?:{Any(words.GradeWords)})\s*(?:为|是|:|：)?\s*[“""「‘'『]?(?<g>{Any(IndicatorTableWords.Default.Grades.Keys)})(?![\p{{IsCJKUnifiedIdeographs}}-[等级档]])", RegexOptions.CultureInvariant);
        var inCell = new Regex($@"[,，;；]?(?:{Any(IndicatorTableWords.Default.ScoreColumns)})[:：]?(?<s>\d+(?:\.\d+)?)分?", RegexOptions.CultureInvariant);
        return (score, grade, inCell);
    }

    /// <summary>The framework's usual second-level names (“项目立项”, “资金管理”, “产出数量”), which tell a 二级指标 cell from other text in a table flattened one cell per line.</summary>
    public List<string> LevelTwoNames { get; init; } = new();

    /// <summary>True when the level name (without ordinal and points) is one of <see cref="LevelTwoNames"/>, alone or with a group suffix (“产出数量指标”).</summary>
    public bool IsLevelTwoName(string name) =>
        LevelTwoNames.Contains(name, StringComparer.Ordinal)
        || GroupSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal) && LevelTwoNames.Contains(name[..^s.Length], StringComparer.Ordinal));

    /// <summary>Patterns of the words around a group's name in the caption of its own table (“表1”, “评分表”: “表1 决策指标评分表（10分）”).</summary>
    public List<string> CaptionFrames { get; init; } = new();

    /// <summary>The compact caption without the words of <see cref="CaptionFrames"/> (“表1决策指标评分(10分)” → “决策指标(10分)”).</summary>
    public string WithoutCaptionFrames(string compactCaption) => captionFrames.Value.Aggregate(compactCaption, (text, p) => p.Replace(text, string.Empty));

    private readonly Lazy<Regex[]> captionFrames;

    /// <summary>Headers of a column of deductions (“扣分”): what each indicator lost instead of its score.</summary>
    public List<string> DeductionHeaders { get; init; } = new();

    /// <summary>True when the compact header (a unit in brackets dropped: “扣分（分）”) names a column of deductions.</summary>
    public bool IsDeductionHeader(string compactHeader) => DeductionHeaders.Contains(IndicatorTableWords.HeaderWord(compactHeader), StringComparer.Ordinal);

    /// <summary>Texts of a 扣分 cell that mean nothing was deducted (“未扣分”, “满分”), besides a blank cell or a dash.</summary>
    public List<string> NoDeductionWords { get; init; } = new();

    /// <summary>True when the 扣分 cell deducts nothing: blank, a dash, or one of <see cref="NoDeductionWords"/> (compared compact).</summary>
    public bool DeductsNothing(string? text) => NumberText.IsBlank(text) || NoDeductionWords.Contains(EvaluationText.Compact(text!), StringComparer.Ordinal);

    /// <summary>Words a deduction may be printed after (“扣0.5分”).</summary>
    public List<string> DeductionPrefixes { get; init; } = new();

    /// <summary>The deduction a 扣分 cell prints (“0.5”, “-0.5”, “扣0.5分”) as what was lost; null for a blank cell or other text.</summary>
    public PrintedNumber? DeductionIn(string? text)
    {
        var key = text is null ? null : EvaluationText.Compact(text);
        var prefix = key is null ? null : DeductionPrefixes.FirstOrDefault(p => key.StartsWith(p, StringComparison.Ordinal));
        return Lost(EvaluationText.Number(prefix is null ? key : key![prefix.Length..]));
    }

    /// <summary>A deduction printed with a minus sign or not, as the points lost (“-0.5” → 0.5).</summary>
    public static PrintedNumber? Lost(PrintedNumber? printed) => printed is PrintedNumber d && d.Value < 0 ? d with { Value = -d.Value } : printed;

    /// <summary>Words a 评分标准 column's header holds (“评分标准”, “指标解释及评分标准”).</summary>
    /// <summary>The labels a note printed inside a table opens with (“注：”, “说明1：”, “备注：”): a paragraph so labelled may split a table in two.</summary>
    public List<string> NoteLabels { get; init; } = new();

    /// <summary>True when the compact paragraph is a note: one of <see cref="NoteLabels"/>, an optional number and a colon.</summary>
    public bool IsNote(string compact) => NoteLabels.Any(l => compact.StartsWith(l, StringComparison.Ordinal)
        && compact[l.Length..].TrimStart("0123456789一二三四五六七八九十".ToCharArray()) is var rest && rest.StartsWith(':'));

    public List<string> RubricHeaderWords { get; init; } = new();

    /// <summary>True when the compact header names a 评分标准 column.</summary>
    public bool IsRubricHeader(string compactHeader) => RubricHeaderWords.Any(w => compactHeader.Contains(w, StringComparison.Ordinal));

    /// <summary>The level (1–3) whose header this is, or 0.</summary>
    public int LevelOf(string compactHeader) => LevelHeaders.IndexOf(compactHeader) + 1;

    /// <summary>The words of a table that names each indicator by a code (<see cref="CodedIndicatorTables"/>).</summary>
    public CodedTableWords CodedTables { get; init; } = new();
}

/// <summary>The header words of a coded indicator table and the shapes of its codes, one per level (third-party-report.json's codedTables).</summary>
internal sealed class CodedTableWords
{
    /// <summary>Headers of the code column (“编号”, “序号”).</summary>
    public List<string> CodeHeaders { get; init; } = new();

    /// <summary>Headers of the one column naming the indicators of every level (“指标”, “指标名称”).</summary>
    public List<string> NameHeaders { get; init; } = new();

    /// <summary>Patterns of the codes of levels 1, 2 and 3 (“A”, “A1”, “A11”), in that order.</summary>
    public List<string> CodeLevels { get; init; } = new();

    private Regex[]? levels;

    /// <summary>The level (1–3) whose shape the compact code has, or 0 when it is no code.</summary>
    public int LevelOfCode(string compactCode)
    {
        levels ??= CodeLevels.Select(p => new Regex(p, RegexOptions.CultureInvariant)).ToArray();
        return Array.FindIndex(levels, r => r.IsMatch(compactCode)) + 1;
    }
}

/// <summary>One group of the framework and the names it is printed under.</summary>
internal sealed class GroupWords
{
    public string Name { get; init; } = string.Empty;

    public List<string> Aliases { get; init; } = new();

    /// <summary>The second-level names the framework puts under this group (“资金到位”, “资金管理” under 过程).</summary>
    public List<string> SecondLevel { get; init; } = new();
}
