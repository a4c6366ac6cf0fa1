using FiscalAudit.Core.Data;
using FiscalAudit.Core.Documents;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>One line of a table flattened one cell per line.</summary>
internal sealed record FlatLine(string Text, SourceLocation Location)
{
    public string Key { get; } = EvaluationText.Compact(Text);
}

/// <summary>
/// Rebuilds the indicator rows of a table flattened one cell per line: each row prints its cells in the header's order,
/// an empty or merged cell printing nothing and a long one several lines. Every assignment of lines to rows and columns
/// that fits is weighed and the cheapest kept: numbers stand only in number columns (分值, 得分) and anchor the rows, a
/// framework group's name only in the 一级指标 column, a name (short, no sentence) in a level column, text anywhere else,
/// one or more lines to a text column (a wrapped 评分标准 is one cell). An indicator row needs its name, its weight (when the
/// header has one) and its score. Each text line costs a little, so that a line that may be a 二级指标 or the tail of the
/// text before it is the 二级指标 when it looks like one (<see cref="ThirdPartyVocabulary.IsLevelTwoName"/>, printed points).
/// A 二级指标 wraps onto a second line only where the two lines join into a known one: a short line after a text line is as
/// likely the tail of a wrapped 扣分原因, and guessing it a 二级指标's would leave the row before without its reason (FA4009).
/// A line naming the group already open, without points, that joins the line after or before it into a known 二级指标 (“产出”
/// “质量”, “社会” “效益”) is that 二级指标 wrapped, not the 一级指标 again.
/// </summary>
internal static class FlatRowAligner
{
    private const int Unreachable = int.MaxValue / 4;

    private const int TextLine = 10;

    /// <summary>A bare number as (part of) a text cell: possible, seldom right.</summary>
    private const int NumberAsText = 100;

    /// <summary>A number with 分 (“0.5分”) as a weight or score, and as (part of) a text cell: both may be.</summary>
    private const int MarkedNumber = 5, MarkedNumberAsText = 20;

    private const int UnknownLevelTwo = 15;

    /// <summary>
    /// A value column's line with a digit, a sign or a dash (“≥95%”, “—”); other short text (“基本及时”), cheaper than a text
    /// line more; anything longer or scoring (得, 扣, 分: “比例计分” ends a wrapped 评分标准).
    /// </summary>
    private const int StrongValue = 5, WeakValue = 8, OtherValue = 30;

    /// <summary>A short tail of a wrapped name (“情况”); of a 二级指标 only where it completes a known one (“资金” “管理”).</summary>
    private const int NameFragment = 5;

    private const int LongestName = 30;

    private const int LongestFragment = 4;

    private const int LongestValue = 16;

    private static readonly char[] ValueMarks = { '%', '≥', '≤', '＞', '＜', '>', '<', '—', '-', '/', '／' };

    /// <summary>
    /// The rows of <paramref name="lines"/>, each a list of (column, its lines), for the longest first part of the lines
    /// that makes whole rows, and how many lines that part holds.
    /// </summary>
    public static (List<List<(int Column, List<FlatLine> Lines)>> Rows, int Consumed) Align(IReadOnlyList<FlatLine> lines, IReadOnlyList<FlatColumn> columns, ThirdPartyVocabulary words)
    {
        var bits = Bits(columns);
        var masks = 1 << (3 + columns.Count(c => c.Required));
        var states = columns.Count * masks;
        var cost = new int[lines.Count][];
        var back = new int[lines.Count][];
        for (var i = 0; i < lines.Count; i++)
        {
            cost[i] = Enumerable.Repeat(Unreachable, states).ToArray();
            back[i] = new int[states];
            var line = Describe(lines, i, words);
            void Reach(int c, int mask, int total, int from)
            {
                if (total >= cost[i][c * masks + mask]) return;
                cost[i][c * masks + mask] = total;
                back[i][c * masks + mask] = from;
            }
            void NewRow(int before, int from)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    if (Fit(line, columns[c], 0) is int fit) Reach(c, bits[c], before + fit, from);
                }
            }
            if (i == 0)
            {
                NewRow(0, -1);
                continue;
            }
            for (var s = 0; s < states; s++)
            {
                var before = cost[i - 1][s];
                if (before >= Unreachable) continue;
                var (c, mask) = (s / masks, s % masks);
                if (Continuation(line, columns[c]) is int more) Reach(c, mask, before + more, s);
                for (var next = c + 1; next < columns.Count; next++)
                {
                    if (Fit(line, columns[next], mask) is int fit) Reach(next, mask | bits[next], before + fit, s);
                }
                if (Complete(mask, columns, bits)) NewRow(before, s | NewRowFlag);
            }
        }
        return Best(lines, cost, back, columns, bits, masks);
    }

    /// <summary>Marks a back pointer whose line opened a new row.</summary>
    private const int NewRowFlag = 1 << 30;

    private static (List<List<(int Column, List<FlatLine> Lines)>> Rows, int Consumed) Best(IReadOnlyList<FlatLine> lines, int[][] cost, int[][] back, IReadOnlyList<FlatColumn> columns, int[] bits, int masks)
    {
        for (var last = lines.Count - 1; last >= 0; last--)
        {
            var best = -1;
            for (var s = 0; s < cost[last].Length; s++)
            {
                if (cost[last][s] < Unreachable && Complete(s % masks, columns, bits) && (best < 0 || cost[last][s] < cost[last][best])) best = s;
            }
            if (best < 0) continue;
            var placed = new (int Column, bool Opens)[last + 1];
            for (int i = last, s = best; i >= 0; i--)
            {
                var from = back[i][s];
                placed[i] = (s / masks, i == 0 || (from & NewRowFlag) != 0);
                s = from & ~NewRowFlag;
            }
            var rows = new List<List<(int Column, List<FlatLine> Lines)>>();
            for (var i = 0; i <= last; i++)
            {
                if (placed[i].Opens) rows.Add(new());
                var row = rows[^1];
                if (row.Count > 0 && row[^1].Column == placed[i].Column) row[^1].Lines.Add(lines[i]);
                else row.Add((placed[i].Column, new List<FlatLine> { lines[i] }));
            }
            return (rows, last + 1);
        }
        return (new(), 0);
    }

    /// <summary>The row-state bit each column sets: levels 1–3 bits 0–2, each required column one bit from 3 on.</summary>
    private static int[] Bits(IReadOnlyList<FlatColumn> columns)
    {
        var bits = new int[columns.Count];
        var required = 3;
        for (var c = 0; c < columns.Count; c++)
        {
            bits[c] = columns[c].Kind == FlatKind.Level ? 1 << (columns[c].Level - 1) : columns[c].Required ? 1 << required++ : 0;
        }
        return bits;
    }

    /// <summary>A row is whole when it names its indicator and prints every required column.</summary>
    private static bool Complete(int mask, IReadOnlyList<FlatColumn> columns, int[] bits)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if ((columns[c].Required || columns[c] is { Kind: FlatKind.Level, Level: 3 }) && (mask & bits[c]) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// What a line may be. <paramref name="LevelTwo"/>: a 二级指标 by its name, its points or as the first line of a known one
    /// wrapped; <paramref name="EndsLevelTwo"/>: the second line of such a wrapped name.
    /// </summary>
    private sealed record Shape(bool Number, bool Bare, bool Group, bool Name, bool LevelTwo, bool Fragment, bool EndsLevelTwo, int Value)
    {
        public int AsNumber => Bare ? 0 : MarkedNumber;

        public int AsText => !Number ? TextLine : Bare ? NumberAsText : MarkedNumberAsText;
    }

    private static Shape Describe(IReadOnlyList<FlatLine> lines, int i, ThirdPartyVocabulary words)
    {
        var line = lines[i];
        var number = FlattenedIndicatorTables.IsNumber(line);
        var (name, points) = ThirdPartyTableReader.LevelParts(line.Key, words);
        bool Wrapped(int first) => first >= 0 && first + 1 < lines.Count && lines[first + 1].Key.Length <= LongestFragment
            && words.IsLevelTwoName(ThirdPartyTableReader.LevelParts(lines[first].Key + lines[first + 1].Key, words).Name);
        var group = !number && name.Length > 0 && words.GroupOf(name) is string named
            && (points || OpenGroup(lines, i, words) != named || !(Wrapped(i) || Wrapped(i - 1)));
        var nameLike = !number && !group && line.Key.Length <= LongestName && line.Key.IndexOfAny(Punctuation.ClausePunctuation) < 0;
        var value = line.Key.Length > LongestValue || line.Key.Contains('得') || line.Key.Contains('扣') ? OtherValue
            : line.Key.Any(char.IsAsciiDigit) || line.Key.IndexOfAny(ValueMarks) >= 0 ? StrongValue
            : line.Key.Contains('分') ? OtherValue : WeakValue;
        var fragment = nameLike && line.Key.Length <= LongestFragment;
        var levelTwo = nameLike && (points || words.IsLevelTwoName(name) || Wrapped(i));
        return new Shape(number, FlattenedIndicatorTables.IsBareNumber(line), group, nameLike, levelTwo, fragment, fragment && Wrapped(i - 1), value);
    }

    /// <summary>The group named by the last line before line <paramref name="i"/> that names one (“产出（40分）”), if any.</summary>
    private static string? OpenGroup(IReadOnlyList<FlatLine> lines, int i, ThirdPartyVocabulary words)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (FlattenedIndicatorTables.IsNumber(lines[j])) continue;
            var (name, _) = ThirdPartyTableReader.LevelParts(lines[j].Key, words);
            if (name.Length > 0 && words.GroupOf(name) is string group) return group;
        }
        return null;
    }

    /// <summary>The cost of the line as the first of the column's cell in a row whose state is <paramref name="mask"/>; null when it cannot be.</summary>
    private static int? Fit(Shape line, FlatColumn column, int mask) => column.Kind switch
    {
        FlatKind.Level when column.Level == 1 => line.Group ? 0 : null,
        FlatKind.Level when !line.Name => null,
        FlatKind.Level => column.Level == 2 && !line.LevelTwo ? UnknownLevelTwo : 0,
        FlatKind.Number when column.Level > 0 && (mask & (1 << (column.Level - 1))) == 0 => null,
        FlatKind.Number => line.Number ? line.AsNumber : null,
        FlatKind.Value => line.Group ? null : line.Value,
        _ => line.Group ? null : line.AsText,
    };

    /// <summary>The cost of the line as one more line of the column's cell; null when the column's cells are one line.</summary>
    private static int? Continuation(Shape line, FlatColumn column) => column.Kind switch
    {
        FlatKind.Text => line.Group ? null : line.AsText,
        FlatKind.Level when column.Level == 2 && line.EndsLevelTwo => NameFragment,
        FlatKind.Level when column.Level > 2 && line.Fragment => NameFragment,
        _ => null,
    };
}
