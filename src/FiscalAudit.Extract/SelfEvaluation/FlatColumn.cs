namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>What a column of an indicator table flattened one cell per line may hold, for <see cref="FlatRowAligner"/>.</summary>
internal enum FlatKind
{
    /// <summary>一级/二级/三级指标: a name on one line.</summary>
    Level,

    /// <summary>分值, 得分, a group's score: one number.</summary>
    Number,

    /// <summary>目标值, 实际完成值: one short value (“≥95%”, “12个”, “—”).</summary>
    Value,

    /// <summary>评分标准, 指标解释, 扣分原因 and any column the header does not name: text over any number of lines.</summary>
    Text,
}

/// <summary>
/// One column of a flattened indicator table: its kind, the level it is (<see cref="FlatKind.Level"/>) or belongs to
/// (a weight or group score of level 1–2; 0 for none), and whether every indicator row prints it (the indicator's weight and score).
/// </summary>
internal sealed record FlatColumn(FlatKind Kind, int Level, bool Required)
{
    /// <summary>The columns the header names, in the header's order.</summary>
    public static List<FlatColumn> Of(ThirdPartyTableReader.Columns columns, int count)
    {
        var list = new List<FlatColumn>(count);
        for (var c = 0; c < count; c++)
        {
            var level = Array.IndexOf(columns.Level, c);
            var weight = Array.IndexOf(columns.Weight, c);
            var groupScore = Array.IndexOf(columns.GroupScore, c);
            var role = columns.Role.Where(r => r.Value == c).Select(r => (IndicatorColumn?)r.Key).FirstOrDefault();
            list.Add(level > 0 ? new FlatColumn(FlatKind.Level, level, false)
                : weight > 0 ? new FlatColumn(FlatKind.Number, weight < 3 ? weight : 0, weight == 3)
                : groupScore > 0 ? new FlatColumn(FlatKind.Number, groupScore < 3 ? groupScore : 0, false)
                : role == IndicatorColumn.Score ? new FlatColumn(FlatKind.Number, 0, true)
                : role is IndicatorColumn.Target or IndicatorColumn.Actual ? new FlatColumn(FlatKind.Value, 0, false)
                : new FlatColumn(FlatKind.Text, 0, false));
        }
        return list;
    }
}
