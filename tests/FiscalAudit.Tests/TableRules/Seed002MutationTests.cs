using System.Diagnostics;
using Xunit.Abstractions;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.TableRules;

/// <summary>
/// Changes single printed amounts in seed 002's tables and shows that every change is found at that
/// table (a finding located there or a cross-table finding naming it).
/// </summary>
public class Seed002MutationTests
{
    private static readonly Lazy<Seed002Mutations> Mutations = new(() => new Seed002Mutations());
    private readonly ITestOutputHelper output;

    public Seed002MutationTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    /// <summary>
    /// Cells whose quantity is printed again elsewhere (or that must not exceed an equal whole), so
    /// that even +0.01 is a real break, as (line, tab fields). Every other amount only takes part in
    /// sums, where +0.01 can honestly be rounding (e.g. 表六 30101 44.63 → 44.64: Σ of 8 items may
    /// differ from 301 by ±0.045) and must NOT be reported.
    /// </summary>
    private static readonly Dictionary<int, int[]> TwinCells = BuildTwins();

    [SharedFact]
    public void Baseline_has_no_table_findings()
    {
        Assert.Empty(Mutations.Value.AuditWith(null, 0m));
    }

    [SharedFact]
    public void Cells_and_ordinals_are_all_seen()
    {
        // 表一 62 amounts (31 lines × 2 sides, 18 income lines blank), 表二 14 × 7, 表三 12 × 6,
        // 表四 …; the exact count guards the harness itself.
        Assert.Equal(new[] { "T1", "T2", "T3", "T4", "T5", "T6", "T7" }, Mutations.Value.Cells.Select(c => c.Table).Distinct());
        Assert.DoesNotContain(Mutations.Value.Cells, c => c.Table is "T8" or "T9");
        // 行次 and 栏次: integers only, in 表一/二/三/四/五/七 (表六 has neither), 表八/表九 栏次 rows.
        Assert.All(Mutations.Value.Ordinals, o => Assert.DoesNotContain('.', o.Text));
    }

    [SharedFact]
    public void Adding_one_yuan_wan_to_any_amount_is_found_at_its_table()
    {
        var watch = Stopwatch.StartNew();
        var missed = Mutations.Value.Cells.Where(c => !Seed002Mutations.Names(Mutations.Value.AuditWith(c, 1.00m), c.Table)).ToList();
        output.WriteLine($"{Mutations.Value.Cells.Count} cells +1.00 in {watch.ElapsedMilliseconds} ms");
        Assert.True(missed.Count == 0, "not found: " + string.Join("; ", missed));
    }

    [SharedFact]
    public void Adding_0_01_to_a_quantity_printed_twice_is_found_at_its_table()
    {
        var twins = Mutations.Value.Cells.Where(c => TwinCells.TryGetValue(c.Line, out var fields) && fields.Contains(c.Field)).ToList();
        Assert.Equal(TwinCells.Sum(kv => kv.Value.Length), twins.Count);
        var missed = twins.Where(c => !Seed002Mutations.Names(Mutations.Value.AuditWith(c, 0.01m), c.Table)).ToList();
        Assert.True(missed.Count == 0, "not found: " + string.Join("; ", missed));
    }

    [SharedFact]
    public void Adding_0_01_elsewhere_is_never_an_error_when_it_is_honest_rounding()
    {
        // 表二 201 本年收入合计 181.74 → 181.75: 合计 199.52 vs Σ类 199.54 (±0.02) and 201 vs Σ款 181.74 (±0.015): rounding.
        var cell = Mutations.Value.Cells.Single(c => c.Table == "T2" && c.Text == "181.74" && c.Field == 2);
        Assert.Empty(Mutations.Value.AuditWith(cell, 0.01m));
    }

    private static Dictionary<int, int[]> BuildTwins()
    {
        var twins = new Dictionary<int, int[]>();
        void Add(int from, int to, params int[] fields)
        {
            for (var line = from; line <= to; line++) twins[line] = fields;
        }

        // 表一: income 一…八 (↔ 表四 一/二/三, 表二 columns), each 类 (↔ 表三 类, or 表三 has no such 类),
        // 本年收入合计 (↔ 表二), 本年支出合计 (↔ 表三), 总计 (↔ the other side).
        Add(98, 105, 2, 5);
        Add(106, 123, 5);
        Add(124, 124, 2, 5);
        Add(128, 128, 2, 5);
        // 表二 合计 row: 本年收入合计 ↔ 表一, 财政拨款收入 ↔ 表四 本年收入合计, other sources ↔ 表一 四…八.
        Add(145, 145, 2, 3, 4, 5, 6, 7, 8);
        // 表三: 合计 and the three 类 ↔ 表一.
        foreach (var line in new[] { 177, 178, 181, 185 }) twins[line] = new[] { 2 };
        // 表四: income 一/二/三 (↔ 表一), every 类: 合计 ≤ 表一 类, 一般公共预算 ↔ 表五 类, 基金/国资 must be 0 (表八/表九 empty).
        Add(205, 207, 2, 5, 6, 7, 8);
        Add(208, 230, 5, 6, 7, 8);
        Add(231, 231, 2, 5, 6, 7, 8); // 本年收入合计 ↔ 表二, 本年支出合计 ≤ 表一, 一般 ↔ 表五 合计
        Add(232, 232, 2, 5, 7, 8);    // 年初 ≤ 表一 年初, 年末 ≤ 表一 年末; 年末·一般 only in a sum (4.77+199.52−192.58)
        Add(234, 235, 2);             // 年初 基金/国资 must be 0
        Add(236, 236, 2, 5, 7, 8);    // 总计 balance; 总计·一般 only in a sum
        // 表五: every cell equals the same cell of 表三 (or its code is absent there), so +0.01 exceeds the whole.
        Add(253, 266, 2, 3, 4);
        return twins;
    }
}
