using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The indicator table of a third-party report: its groups, indicators, total row and printed grade, and the header of the column its scores are read from (得分, or 扣分).</summary>
internal sealed record ThirdPartyTable(IndicatorSection Section, string? Grade, SourceLocation? GradeLocation, SourceLocation Location, string ScoreColumn);

/// <summary>
/// Reads a 决策/过程/产出/效益 indicator table (一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 得分, columns in any
/// order, with 目标值/实际完成值/扣分原因 when printed). Columns are found by their header words
/// (<see cref="ThirdPartyVocabulary"/>); a level's points follow its name (“决策（15分）”) or stand in a weight
/// column right of its column. A level cell left empty or covered by a merge continues the level above,
/// so merged first-level cells (Word, Excel) and blank ones (Markdown) read alike.
/// </summary>
internal static class ThirdPartyTableReader
{
    /// <summary>
    /// “（15分）决策”, “一、决策（15分）”, “（一）（15分）决策”, “（1）决策（10分）”, “1.项目立项(5)”, “决策15分”, “过程20”, “决策（20%）”, “效益【20分】”, “A决策”,
    /// “B1资金管理” (compact text, a points label dropped: “决策（权重20%）”): the name without its ordinal or letter code, and the points.
    /// A bracketed number before the name is points with 分 or % (“（15分）决策”); bare (“（1）”) it is an ordinal, unless it stands before a
    /// first-level name and is higher than an ordinal of that level can be (“（15）决策”: <see cref="LevelPatterns.LeadingBarePoints"/>).
    /// </summary>
    private static readonly Regex LevelCell = LevelCellPattern(LevelPatterns.Default);

    private static Regex LevelCellPattern(LevelPatterns p) => new(
        $"^{p.LeadingPoints}(?:{p.Ordinal}|{p.LetterCode})?{p.LeadingPoints}(?<name>.*?)(?:{p.BracketedPoints}|{p.TrailingPoints(unitRequired: false)})?$",
        RegexOptions.CultureInvariant);

    /// <summary>Where each kind of value stands: grid columns by level (index 1–3), weights by owning level, the rest by role.</summary>
    internal sealed class Columns
    {
        public int[] Level { get; } = { -1, -1, -1, -1 };

        public int[] Weight { get; } = { -1, -1, -1, -1 };

        /// <summary>A column of group scores by owning level (“一级指标得分”, “小计”).</summary>
        public int[] GroupScore { get; } = { -1, -1, -1, -1 };

        public Dictionary<IndicatorColumn, int> Role { get; } = new();

        public int Of(IndicatorColumn role) => Role.TryGetValue(role, out var c) ? c : -1;

        /// <summary>The column of what each indicator lost (“扣分”), printed instead of its score or beside it; −1 when none.</summary>
        public int Deduction { get; set; } = -1;

        /// <summary>The column that scores the indicators: 得分, else 扣分.</summary>
        public int Scoring => ScoresByDeduction ? Deduction : Of(IndicatorColumn.Score);

        /// <summary>True when the table prints 扣分 and no 得分: each score is the 分值 less the deduction.</summary>
        public bool ScoresByDeduction => Of(IndicatorColumn.Score) < 0 && Deduction >= 0;
    }

    /// <summary>The table read as a third-party indicator table; null when it is none (no such header, or not the framework's groups).</summary>
    public static ThirdPartyTable? Read(TableBlock table, ThirdPartyVocabulary words)
    {
        for (var h = 0; h < table.Rows.Count; h++)
        {
            if (HeaderColumns(table.Rows[h], words) is not Columns columns) continue;
            var result = ReadBody(table, h + 1, columns, words);
            var groups = result.Section.Groups.Where(g => g.Parent is null).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
            return words.RequiredGroups.All(groups.Contains) && result.Section.Indicators.Count > 0 ? result : null;
        }
        return null;
    }

    /// <summary>True when the compact cell is a header this reader knows: a level's, a group score's, a role's (分值, 得分, 目标值…) or a 评分标准's.</summary>
    internal static bool IsHeaderWord(string key, ThirdPartyVocabulary words) =>
        words.LevelOf(key) > 0 || IndicatorTableWords.Default.GroupScoreColumns.Contains(key) || IndicatorTableWords.Default.RoleOf(key) is not null
        || words.IsRubricHeader(key) || words.IsDeductionHeader(key);

    /// <summary>The columns a header row names; null when it names no 一级指标, 三级指标 or score (or deduction) column.</summary>
    internal static Columns? HeaderColumns(SourceRow row, ThirdPartyVocabulary words)
    {
        var columns = new Columns();
        var lastLevel = 0;
        foreach (var cell in row.Cells.OrderBy(c => c.Column))
        {
            var key = EvaluationText.Compact(EvaluationText.Clean(cell.Text));
            if (words.LevelOf(key) is > 0 and var level)
            {
                columns.Level[level] = cell.Column;
                lastLevel = level;
            }
            else if (IndicatorTableWords.Default.GroupScoreColumns.Contains(key))
            {
                columns.GroupScore[words.GroupScoreLevels.GetValueOrDefault(key, Math.Max(lastLevel, 1))] = cell.Column;
            }
            else if (IndicatorTableWords.Default.RoleOf(key) is IndicatorColumn role)
            {
                if (role == IndicatorColumn.Weight) columns.Weight[lastLevel == 0 ? 3 : lastLevel] = cell.Column;
                else columns.Role.TryAdd(role, cell.Column);
            }
            else if (words.IsDeductionHeader(key))
            {
                columns.Deduction = cell.Column;
            }
            else if (words.IsRubricHeader(key))
            {
                columns.Role.TryAdd(IndicatorColumn.Rubric, cell.Column);
            }
        }
        return columns.Level[1] >= 0 && columns.Level[3] >= 0 && columns.Scoring >= 0 ? columns : null;
    }

    private static ThirdPartyTable ReadBody(TableBlock table, int first, Columns columns, ThirdPartyVocabulary words)
    {
        var section = new IndicatorSection();
        string? grade = null;
        SourceLocation? gradeLocation = null;
        string? level1 = null, level2 = null;
        foreach (var row in JoinPageBreaks(table.Rows.Skip(first), columns))
        {
            var label = row.Cells.OrderBy(c => c.Column).FirstOrDefault(c => EvaluationText.Clean(c.Text).Length > 0);
            if (label is null) continue;
            var labelKey = EvaluationText.Compact(EvaluationText.Clean(label.Text));
            if (IndicatorTableWords.Default.IsTotalLabel(labelKey))
            {
                ReadTotal(row, label, columns, section, words);
                if (GradeInRow(row, label) is (string printed, var at)) (grade, gradeLocation) = (printed, at);
                continue;
            }
            if (IndicatorTableWords.Default.IsGradeLabel(labelKey))
            {
                if (GradeOf(row, label, labelKey) is var (value, at)) (grade, gradeLocation) = (value, at);
                continue;
            }
            if (words.LevelOf(EvaluationText.Compact(EvaluationText.Clean(Own(row, columns.Level[3])?.Text ?? string.Empty))) == 3) continue; // the header repeated on a new page
            if (Own(row, columns.Level[3]) is null && SubtotalOf(labelKey, label.Column == columns.Level[2] ? level2 : level1, words) is string closed)
            {
                var parent = label.Column == columns.Level[2] && closed == level2 ? level1 : null;
                var k = section.Groups.FindIndex(g => g.Name == closed && g.Parent == parent);
                if (k >= 0) section.Groups[k] = WithSubtotal(section.Groups[k], row, label, columns, words);
                continue;
            }
            if (Level(row, columns, 1, words) is var (name1, points1, score1, at1))
            {
                if (name1 != level1) level2 = null;
                level1 = name1;
                if (!section.Groups.Any(g => g.Parent is null && g.Name == name1)) section.Groups.Add(new IndicatorGroup(name1, points1?.Number, at1) { StatedPointsLocation = points1?.At, StatedScore = score1?.Number, StatedScoreLocation = score1?.At, StatedScoreColumn = GroupScoreColumn(score1) });
            }
            if (Level(row, columns, 2, words) is var (name2, points2, score2, at2) && level1 is not null)
            {
                level2 = name2;
                if (!section.Groups.Any(g => g.Parent == level1 && g.Name == name2)) section.Groups.Add(new IndicatorGroup(name2, points2?.Number, at2, level1) { StatedPointsLocation = points2?.At, StatedScore = score2?.Number, StatedScoreLocation = score2?.At, StatedScoreColumn = GroupScoreColumn(score2) });
            }
            if (Own(row, columns.Level[3]) is SourceCell name3) section.Indicators.Add(Indicator(row, name3, columns, level1, level2, words));
        }
        MidGroupLevelCells.Regroup(section, words.PutsUnder);
        return new ThirdPartyTable(section, grade, gradeLocation, table.Location, columns.ScoresByDeduction ? IndicatorColumns.Deduction : IndicatorColumns.Score);
    }

    /// <summary>The grade a row labelled with a grade label prints (“评价等级 | 良”, “评价等级：良”) and its cell: the label's when the label holds it.</summary>
    private static (string Grade, SourceLocation At)? GradeOf(SourceRow row, SourceCell label, string labelKey)
    {
        var next = row.Cells.Where(c => c.Column > label.Column && EvaluationText.Clean(c.Text).Length > 0).OrderBy(c => c.Column).FirstOrDefault();
        if (IndicatorTableWords.Default.GradeAfterLabel(labelKey, next?.Text) is not string grade) return null;
        return (grade, next is not null && IndicatorTableWords.Default.GradeAfterLabel(labelKey, null) is null ? next.Location : label.Location);
    }

    /// <summary>A grade word standing alone in a cell right of the label (“合计 | 100 | 88.5 | 良”).</summary>
    private static (string Grade, SourceLocation At)? GradeInRow(SourceRow row, SourceCell label) =>
        row.Cells.Where(c => c.Column > label.Column).OrderBy(c => c.Column)
            .Select(c => (Grade: IndicatorTableWords.Default.GradeOf(EvaluationText.Compact(EvaluationText.Clean(c.Text))), At: c.Location))
            .Where(x => x.Grade is not null).Select(x => ((string Grade, SourceLocation At)?)(x.Grade!, x.At)).FirstOrDefault();

    /// <summary>
    /// The rows with each row broken by a page break joined again: the first row of a new page that prints no first-level
    /// name and neither an indicator weight nor a score continues the row before it, its texts appended cell by cell.
    /// Rows without pages (text, Word, Excel) are never joined.
    /// </summary>
    private static List<SourceRow> JoinPageBreaks(IEnumerable<SourceRow> rows, Columns columns)
    {
        var joined = new List<SourceRow>();
        int? lastPage = null;
        foreach (var row in rows)
        {
            var previous = joined.Count > 0 ? joined[^1] : null;
            var opensPage = row.Location.Page is int page && lastPage is int before && page != before;
            lastPage = row.Location.Page;
            var continues = previous is not null && opensPage && Own(row, columns.Level[1]) is null
                && EvaluationText.Number(Own(row, columns.Weight[3])?.Text) is null && EvaluationText.Number(Own(row, columns.Scoring)?.Text) is null;
            if (!continues)
            {
                joined.Add(row);
                continue;
            }
            var cells = previous!.Cells.Select(c => row.Cells.FirstOrDefault(n => n.Column == c.Column) is SourceCell more ? c with { Text = c.Text + more.Text } : c).ToList();
            cells.AddRange(row.Cells.Where(n => previous.Cells.All(c => c.Column != n.Column)));
            joined[^1] = previous with { Cells = cells.OrderBy(c => c.Column).ToList() };
        }
        return joined;
    }

    /// <summary>The cell that starts at this column (a cell spanning into it from the left is not its own).</summary>
    private static SourceCell? Own(SourceRow row, int column) =>
        column < 0 ? null : row.Cells.FirstOrDefault(c => c.Column == column && EvaluationText.Clean(c.Text).Length > 0);

    /// <summary>
    /// The level's name (a framework group's name for level 1), its points (in a weight column, else in its own cell: “决策（20分）”),
    /// the group score the row prints for it (in a group-score column, or after 得分 in its own cell: “决策（20分）得分18”) and its
    /// place, when the row prints one.
    /// </summary>
    private static (string Name, (PrintedNumber Number, SourceLocation At)? Points, (PrintedNumber Number, SourceLocation At)? Score, SourceLocation At)? Level(SourceRow row, Columns columns, int level, ThirdPartyVocabulary words)
    {
        if (Own(row, columns.Level[level]) is not SourceCell cell) return null;
        var (inCell, m) = LevelMatch(EvaluationText.Compact(EvaluationText.Clean(cell.Text)), words);
        var name = m.Groups["name"].Value;
        if (name.Length == 0) return null;
        var printed = m.Groups["p1"].Success ? m.Groups["p1"].Value : m.Groups["p2"].Success ? m.Groups["p2"].Value : m.Groups["p3"].Success ? m.Groups["p3"].Value
            : level == 1 ? LevelPatterns.LeadingBarePoints(m, words.Groups.Count) : null;
        var points = Own(row, columns.Weight[level]) is SourceCell wc && EvaluationText.Number(wc.Text) is PrintedNumber w ? (w, wc.Location)
            : printed is not null && NumberText.Parse(printed) is PrintedNumber p ? (p, cell.Location) : ((PrintedNumber, SourceLocation)?)null;
        var score = Own(row, columns.GroupScore[level]) is SourceCell sc && EvaluationText.Number(sc.Text) is PrintedNumber n ? (n, sc.Location)
            : inCell.Success && NumberText.Parse(inCell.Groups["s"].Value) is PrintedNumber own ? (own, cell.Location) : ((PrintedNumber, SourceLocation)?)null;
        return (level == 1 ? words.GroupOf(name) ?? name : name, points, score, cell.Location);
    }

    /// <summary>
    /// The header a level's own score is printed under (a group-score column, or after 得分 in the level's cell): 得分, even in a
    /// table that scores its indicators by 扣分; null without a score.
    /// </summary>
    private static string? GroupScoreColumn((PrintedNumber Number, SourceLocation At)? score) => score is null ? null : IndicatorColumns.Score;

    /// <summary>A level cell's score after 得分 (<see cref="ThirdPartyVocabulary.ScoreInCell"/>) and the rest read by <see cref="LevelCell"/>.</summary>
    private static (Match InCell, Match Level) LevelMatch(string compact, ThirdPartyVocabulary words)
    {
        var inCell = words.ScoreInCell.Match(compact);
        return (inCell, LevelCell.Match(IndicatorTableWords.Default.WithoutPointsLabels(inCell.Success ? compact.Remove(inCell.Index, inCell.Length) : compact)));
    }

    /// <summary>
    /// A compact level cell's name without its ordinal, points and score, and whether it prints its points in brackets
    /// (“一、决策（15分）” → 决策, true; “编制科学得3分”, “执行率未达100%” → false).
    /// </summary>
    internal static (string Name, bool BracketedPoints) LevelParts(string compact, ThirdPartyVocabulary words)
    {
        var m = LevelMatch(compact, words).Level;
        return (m.Groups["name"].Value, m.Groups["p1"].Success || m.Groups["p2"].Success);
    }

    /// <summary>
    /// The group a subtotal row closes: “小计” (or “合计” standing for it) alone closes <paramref name="current"/>, “决策小计”,
    /// “一、决策类指标合计” the group they name; null when the label is no subtotal.
    /// </summary>
    private static string? SubtotalOf(string labelKey, string? current, ThirdPartyVocabulary words)
    {
        if (IndicatorTableWords.Default.SubtotalGroup(labelKey) is not string rest) return null;
        if (rest.Length == 0) return current;
        var name = LevelCell.Match(rest).Groups["name"].Value;
        return words.GroupOf(name) ?? (name == current ? current : null);
    }

    /// <summary>The group with the score (and, when it printed none, the points) of its subtotal row (<see cref="RowNumbers"/>, <see cref="IndicatorGroup.WithSubtotal"/>).</summary>
    private static IndicatorGroup WithSubtotal(IndicatorGroup group, SourceRow row, SourceCell label, Columns columns, ThirdPartyVocabulary words) =>
        RowNumbers(row, label, columns, words, blankDeductsNothing: true) is var (weight, score) && score is var (number, at)
            ? group.WithSubtotal(weight?.Number, weight?.At, number, at)
            : group;

    /// <summary>
    /// The points and score a total or subtotal row prints: under a weight column and the score column (without one, the points
    /// less the deduction under 扣分, nothing deducted when the cell says so — “未扣分”, a dash — or, with
    /// <paramref name="blankDeductsNothing"/> (a subtotal, whose blank reads like an indicator's), is blank), else its numbers in
    /// order (the last the score, the first the points). A total's blank 扣分 leaves the total unfilled.
    /// </summary>
    private static ((PrintedNumber Number, SourceLocation At)? Weight, (PrintedNumber Number, SourceLocation At)? Score) RowNumbers(
        SourceRow row, SourceCell label, Columns columns, ThirdPartyVocabulary words, bool blankDeductsNothing)
    {
        var numbers = row.Cells.Where(c => c != label).OrderBy(c => c.Column).Select(c => (Cell: c, Number: EvaluationText.Number(EvaluationText.Clean(c.Text)))).Where(x => x.Number is not null).ToList();
        if (numbers.Count == 0) return (null, null);
        var score = numbers.FirstOrDefault(x => x.Cell.Column == columns.Of(IndicatorColumn.Score));
        var weight = numbers.FirstOrDefault(x => columns.Weight.Contains(x.Cell.Column));
        if (columns.ScoresByDeduction)
        {
            var cell = row.Cells.FirstOrDefault(c => c.Column == columns.Deduction);
            var text = cell is null ? null : EvaluationText.Clean(cell.Text);
            var lost = words.DeductsNothing(text) && (blankDeductsNothing || !NumberText.IsBlank(text)) ? Nothing : words.DeductionIn(text);
            var left = Deducted(weight.Number, lost);
            return (weight.Number is PrintedNumber pw ? (pw, weight.Cell.Location) : null, left is PrintedNumber l ? (l, cell?.Location ?? label.Location) : null);
        }
        if (score.Number is null && weight.Number is null) (score, weight) = (numbers[^1], numbers.Count >= 2 ? numbers[0] : default);
        return (weight.Number is PrintedNumber w ? (w, weight.Cell.Location) : null, score.Number is PrintedNumber n ? (n, score.Cell.Location) : null);
    }

    private static Indicator Indicator(SourceRow row, SourceCell name, Columns columns, string? level1, string? level2, ThirdPartyVocabulary words)
    {
        string? Text(int column) => Own(row, column) is SourceCell c ? EvaluationText.Clean(c.Text) : null;
        var unitHint = IndicatorSectionParser.UnitInName(name.Text);
        var target = TargetParser.ParseTarget(Text(columns.Of(IndicatorColumn.Target)), unitHint);
        var weight = EvaluationText.Number(Text(columns.Weight[3]));
        var deduction = words.DeductionIn(Text(columns.Deduction));
        var scoreText = Text(columns.Of(IndicatorColumn.Score));
        var score = columns.ScoresByDeduction ? Deducted(weight, words.DeductsNothing(Text(columns.Deduction)) ? Nothing : deduction) : EvaluationText.Number(scoreText);
        return new Indicator(EvaluationText.Clean(name.Text), name.Location)
        {
            Level1 = level1,
            Level2 = level2,
            Target = target,
            Actual = TargetParser.ParseActual(Text(columns.Of(IndicatorColumn.Actual)), unitHint, target),
            Weight = weight,
            Score = score,
            Deduction = deduction,
            ScoreUnread = score is null && (columns.ScoresByDeduction || !NumberText.IsBlank(scoreText)),
            WeightLocation = Own(row, columns.Weight[3])?.Location,
            ScoreLocation = Own(row, columns.Scoring)?.Location,
            DeductionLocation = Own(row, columns.Deduction)?.Location,
            Deviation = Text(columns.Of(IndicatorColumn.Deviation)),
            Rubric = Text(columns.Of(IndicatorColumn.Rubric)),
        };
    }

    /// <summary>A deduction column's cell that deducts nothing (<see cref="ThirdPartyVocabulary.DeductsNothing"/>).</summary>
    private static readonly PrintedNumber Nothing = new(0m, 0, false, string.Empty) { Exact = true };

    /// <summary>The points less what was deducted from them, printed with the larger of their decimals; null without both.</summary>
    private static PrintedNumber? Deducted(PrintedNumber? points, PrintedNumber? deduction)
    {
        if (points is not PrintedNumber p || deduction is not PrintedNumber d) return null;
        var decimals = Math.Max(p.Decimals, d.Decimals);
        var value = p.Value - d.Value;
        return new PrintedNumber(value, decimals, false, PrintedNumber.Format(value, decimals));
    }

    /// <summary>The total row: its weight and score (<see cref="RowNumbers"/>), placed at the score's cell.</summary>
    private static void ReadTotal(SourceRow row, SourceCell label, Columns columns, IndicatorSection section, ThirdPartyVocabulary words)
    {
        var (weight, score) = RowNumbers(row, label, columns, words, blankDeductsNothing: false);
        section.TotalLocation = score?.At ?? label.Location;
        section.TotalWeight = weight?.Number;
        section.TotalScore = score?.Number;
    }
}
