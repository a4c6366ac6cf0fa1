using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;
using FiscalAudit.Core.Model.Facts;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Extract.Narrative;

/// <summary>
/// Links a fact to the table cells it restates, by the quantity's qualified key (“收入合计/财政拨款收入”
/// → 表二 合计行 财政拨款收入列). The mapping is data: one line per quantity, every spelling listed, so
/// linking is a dictionary look-up.
/// </summary>
public static class CellLinker
{
    private sealed record Target(string Table, string? Row, string? Side, string Column, Target? Also = null);

    private const string Total = StandardColumns.Total;

    private static readonly Target T1IncomeTotal = new("T1", "总计", TableSides.Income, StandardColumns.Amount);
    private static readonly Target T1ExpenditureTotal = new("T1", "总计", TableSides.Expenditure, StandardColumns.Amount);
    private static readonly Target T4IncomeTotal = new("T4", "总计", TableSides.Income, StandardColumns.Amount);
    private static readonly Target T4ExpenditureTotal = new("T4", "总计", TableSides.Expenditure, Total);

    private static readonly Dictionary<string, Target> Targets = Build(new (string[] Keys, Target Target)[]
    {
        (new[] { "收入总计" }, T1IncomeTotal),
        (new[] { "收支总计", "收、支总计", "收入支出总计", "收入和支出总计", "收入、支出总计" }, T1IncomeTotal with { Also = T1ExpenditureTotal }),
        (new[] { "支出总计" }, T1ExpenditureTotal),
        (new[] { "收入合计", "收入总计/收入合计" }, new("T1", "本年收入合计", TableSides.Income, StandardColumns.Amount)),
        (new[] { "支出合计" }, new("T1", "本年支出合计", TableSides.Expenditure, StandardColumns.Amount)),
        (new[] { "收入总计/使用非财政拨款结余" }, new("T1", "使用非财政拨款结余", TableSides.Income, StandardColumns.Amount)),
        (new[] { "收入总计/年初结转和结余" }, new("T1", "年初结转和结余", TableSides.Income, StandardColumns.Amount)),
        (new[] { "支出总计/结余分配" }, new("T1", "结余分配", TableSides.Expenditure, StandardColumns.Amount)),
        (new[] { "支出总计/年末结转和结余" }, new("T1", "年末结转和结余", TableSides.Expenditure, StandardColumns.Amount)),
        (new[] { "收入合计/财政拨款收入" }, new("T2", "合计", null, StandardColumns.AppropriationRevenue)),
        (new[] { "收入合计/上级补助收入" }, new("T2", "合计", null, StandardColumns.HigherLevelSubsidy)),
        (new[] { "收入合计/事业收入" }, new("T2", "合计", null, StandardColumns.BusinessRevenue)),
        (new[] { "收入合计/经营收入" }, new("T2", "合计", null, StandardColumns.OperatingRevenue)),
        (new[] { "收入合计/附属单位上缴收入" }, new("T2", "合计", null, StandardColumns.AffiliatedRemittance)),
        (new[] { "收入合计/其他收入" }, new("T2", "合计", null, StandardColumns.OtherRevenue)),
        (new[] { "支出合计/基本支出" }, new("T3", "合计", null, StandardColumns.Basic)),
        (new[] { "支出合计/项目支出" }, new("T3", "合计", null, StandardColumns.Project)),
        (new[] { "支出合计/经营支出" }, new("T3", "合计", null, StandardColumns.OperatingExpenditure)),
        (new[] { "财政拨款收入总计" }, T4IncomeTotal),
        (new[] { "财政拨款收支总计", "财政拨款收、支总计", "财政拨款收入支出总计", "财政拨款收入和支出总计" }, T4IncomeTotal with { Also = T4ExpenditureTotal }),
        (new[] { "财政拨款支出总计", "财政拨款收入总计/支出总计" }, T4ExpenditureTotal),
        (new[] { "财政拨款收入总计/年初结转和结余" }, new("T4", "年初财政拨款结转和结余", TableSides.Income, StandardColumns.Amount)),
        (new[] { "财政拨款收入总计/年末结转和结余" }, new("T4", "年末财政拨款结转和结余", TableSides.Expenditure, Total)),
        (new[] { "一般公共预算财政拨款支出", "一般公共预算财政拨款支出合计" }, new("T5", "合计", null, Total)),
        (new[] { "一般公共预算财政拨款支出/基本支出", "一般公共预算财政拨款支出合计/基本支出", "一般公共预算财政拨款基本支出" }, new("T5", "合计", null, StandardColumns.Basic)),
        (new[] { "一般公共预算财政拨款支出/项目支出", "一般公共预算财政拨款支出合计/项目支出" }, new("T5", "合计", null, StandardColumns.Project)),
        (new[] { "一般公共预算财政拨款基本支出/人员经费" }, new("T6", "人员经费合计", null, StandardColumns.Actual)),
        (new[] { "一般公共预算财政拨款基本支出/公用经费" }, new("T6", "公用经费合计", null, StandardColumns.Actual)),
    });

    /// <summary>“三公” items by their name stripped of 财政拨款/支出/决算 (see <see cref="ThreePublicName"/>).</summary>
    private static readonly Dictionary<string, string> ThreePublic = new(StringComparer.Ordinal)
    {
        ["三公经费"] = StandardColumns.ThreeTotal,
        ["因公出国（境）费"] = StandardColumns.OverseasTravel,
        ["公务用车购置及运行维护费"] = StandardColumns.VehicleSubtotal,
        ["公务用车购置及运行费"] = StandardColumns.VehicleSubtotal,
        ["公务用车购置"] = StandardColumns.VehiclePurchase,
        ["公务用车购置费"] = StandardColumns.VehiclePurchase,
        ["公务用车运行维护费"] = StandardColumns.VehicleOperation,
        ["公务用车运行费"] = StandardColumns.VehicleOperation,
        ["公务接待费"] = StandardColumns.Reception,
    };

    private static Dictionary<string, Target> Build((string[] Keys, Target Target)[] lines)
    {
        var map = new Dictionary<string, Target>(StringComparer.Ordinal);
        foreach (var (keys, target) in lines)
        {
            foreach (var key in keys) map.Add(key, target);
        }
        return map;
    }

    /// <summary>Sets the fact's <see cref="NarrativeFact.Cell"/>, <see cref="NarrativeFact.AlsoCells"/> and <see cref="NarrativeFact.BudgetCell"/>.</summary>
    public static void LinkAll(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        fact.Cell = Link(fact, tables);
        if (fact.Cell is not null && fact.Kind == FactKind.Amount && Targets.TryGetValue(Key(fact), out var t) && t.Also is { } also && Find(tables, also) is { } other)
            fact.AlsoCells.Add(other);
        if (BudgetedKey(fact) is { } key && ThreePublic.TryGetValue(ThreePublicName(key), out var column))
            fact.BudgetCell = Find(tables, new Target("T7", null, null, StandardColumns.Of(StandardColumns.Budget, column)));
        if (fact.Kind == FactKind.Change && fact.Subject is null && fact.Against == ChangeBase.LastYear && ThreePublicColumn(fact.Key) is { } changed)
            fact.SubjectCell = Find(tables, new Target("T7", null, null, StandardColumns.Of(StandardColumns.Final, changed)));
    }

    /// <summary>The 表七 column of the “三公” item <paramref name="key"/> names (“公务接待费支出决算” → 公务接待费), or null for any other name.</summary>
    public static string? ThreePublicColumn(string key) => ThreePublic.GetValueOrDefault(ThreePublicName(key));

    /// <summary>
    /// The name of what a fact compares with its budget: a completion's own, or the 决算 a change against a budget other than the
    /// 年初预算 is of, when the text states no budget (““三公”经费支出决算15.00万元，决算数比预算数减少5.00万元”; 表七's 预算数 is the
    /// 全年预算); null for any other fact.
    /// </summary>
    private static string? BudgetedKey(NarrativeFact fact) => fact.Kind switch
    {
        FactKind.Completion => fact.Key,
        FactKind.Change when fact.Budget is null && fact.Against is ChangeBase.Budget or ChangeBase.AdjustedBudget => fact.Subject?.Key,
        _ => null,
    };

    /// <summary>The linked cell, or null when the fact restates no known cell or the document has no such table.</summary>
    public static LinkedCell? Link(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        if (fact.Kind is not (FactKind.Amount or FactKind.Completion) || tables.Count == 0) return null;
        if (fact.Kind == FactKind.Amount && Targets.TryGetValue(Key(fact), out var target) && Find(tables, target) is LinkedCell c) return c;
        if (fact.Whole is not null && fact.WholeBy == "breakdown" && !IsThreePublic(fact.Whole.Key)) return ClassRow(fact, tables);
        return ThreePublicColumn(fact.Key) is { } column
            ? Find(tables, new Target("T7", null, null, StandardColumns.Of(StandardColumns.Final, column)))
            : null;
    }

    /// <summary>“三公经费”, or one of its items whose parts are 表七 columns too (“公务用车购置及运行维护费支出” → 购置费, 运行维护费).</summary>
    private static bool IsThreePublic(string key) => key.Contains("三公", StringComparison.Ordinal) || ThreePublic.ContainsKey(ThreePublicName(key));

    private static string Key(NarrativeFact fact) => fact.QualifiedKey.Replace("“", string.Empty).Replace("”", string.Empty);

    /// <summary>“财政拨款三公经费支出决算” → “三公经费”: the item name without 财政拨款 before and 财政拨款/支出/决算(数) after.</summary>
    private static string ThreePublicName(string key)
    {
        var k = key.StartsWith("财政拨款", StringComparison.Ordinal) ? key[4..] : key;
        foreach (var suffix in new[] { "决算数", "决算", "支出", "财政拨款" })
        {
            if (k.EndsWith(suffix, StringComparison.Ordinal)) k = k[..^suffix.Length];
        }
        return k;
    }

    /// <summary>“一般公共服务（类）支出176.99万元” under 一般公共预算财政拨款支出 → the 类 row of 表五.</summary>
    private static LinkedCell? ClassRow(NarrativeFact fact, IReadOnlyList<FiscalTable> tables)
    {
        if (fact.Kind != FactKind.Amount || !fact.Whole!.Key.Contains("一般公共预算财政拨款支出", StringComparison.Ordinal)) return null;
        var table = tables.FirstOrDefault(t => t.Id == "T5");
        var row = table?.Rows.FirstOrDefault(r => r.Code?.Length == 3 && RowKeys.Normalize(r.Name).Replace("（类）", string.Empty) == fact.Key);
        return table is not null && row is not null ? LinkedCell.Restated(table, row, Total) : null;
    }

    private static LinkedCell? Find(IReadOnlyList<FiscalTable> tables, Target target)
    {
        var table = tables.FirstOrDefault(t => t.Id == target.Table);
        if (table is null) return null;
        var row = table.Rows.FirstOrDefault(r => (target.Row is null || r.Key == target.Row) && (target.Side is null || r.Side is null || r.Side == target.Side) && r.Cells.ContainsKey(target.Column));
        return row is null ? null : LinkedCell.Restated(table, row, target.Column);
    }
}
