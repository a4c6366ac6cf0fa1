using System.Globalization;
using CsCheck;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Rules.Support;
using static FiscalAudit.Tests.TableRules.Build;
using C = FiscalAudit.Core.Model.StandardColumns;

namespace FiscalAudit.Tests.Numbers;

/// <summary>Property tests for the rounding arithmetic every table rule relies on (domain.md §5).</summary>
public class RoundingPropertyTests
{
    /// <summary>A true amount with six decimals, 0 … 10,000,000.</summary>
    private static readonly Gen<decimal> TrueAmount = Gen.Long[0L, 10_000_000_000_000L].Select(n => n / 1_000_000m);

    private static readonly Gen<Interval> AnyInterval =
        Gen.Select(Gen.Long[-1_000_000_000L, 1_000_000_000L], Gen.Long[0L, 1_000_000_000L])
            .Select((low, width) => new Interval(low / 1000m, (low + width) / 1000m));

    private static PrintedNumber Print(decimal trueValue) => NumberText.Parse(PrintedNumber.Format(trueValue, 2))!.Value;

    [Fact]
    public void Rounded_total_is_always_consistent_with_the_sum_of_rounded_parts()
    {
        TrueAmount.Array[1, 40].Sample(parts =>
        {
            var total = Print(parts.Sum());
            var sum = Interval.Sum(parts.Select(p => Print(p).Interval));
            Assert.True(total.Interval.Overlaps(sum), $"{total} vs {sum}");
        });
    }

    /// <summary>
    /// An amount of a table's list: none (0) or at least half a unit — a printed 0.00 in a sum is taken as no money (Equation), since a
    /// listed item under 0.005 that prints as 0.00 does not occur in the tables.
    /// </summary>
    private static readonly Gen<decimal> ListedAmount = TrueAmount.Where(a => a == 0m || a >= 0.005m);

    [Fact]
    public void Honest_rounding_never_breaks_an_equation_built_from_table_cells()
    {
        Gen.Frequency((1, Gen.Const(0m)), (3, ListedAmount)).Array[1, 30].Sample(parts =>
        {
            var rows = parts.Select((p, i) => Row("201", "类" + i, (C.Amount, PrimaryText(p)))).ToList();
            var totalRow = Row(null, "合计", (C.Amount, PrimaryText(parts.Sum())));
            var table = Table("T1", rows.Append(totalRow).ToArray());
            var equation = Equation.Sum(table.At(totalRow, C.Amount), rows.Select(r => table.At(r, C.Amount)));
            Assert.Equal(EquationOutcome.Holds, equation.Evaluate().Outcome);
        });
    }

    [Fact]
    public void A_total_beyond_the_half_unit_tolerance_always_breaks()
    {
        Gen.Select(TrueAmount.Array[1, 30], Gen.Int[1, 50]).Sample((parts, extraCents) =>
        {
            var printed = parts.Select(Print).ToList();
            var sumPrinted = printed.Sum(p => p.Value);
            var tolerance = 0.005m * (printed.Count + 1);
            var wrong = sumPrinted + tolerance + extraCents * 0.01m;
            var rows = printed.Select((p, i) => Row("201", "类" + i, (C.Amount, p.Text))).ToList();
            var totalRow = Row(null, "合计", (C.Amount, PrimaryText(Math.Ceiling(wrong * 100m) / 100m)));
            var table = Table("T1", rows.Append(totalRow).ToArray());
            var result = Equation.Sum(table.At(totalRow, C.Amount), rows.Select(r => table.At(r, C.Amount))).Evaluate();
            Assert.Equal(EquationOutcome.Broken, result.Outcome);
        });
    }

    [Theory]
    [InlineData("192.58", EquationOutcome.Holds)]
    [InlineData("192.60", EquationOutcome.Holds)]
    [InlineData("192.62", EquationOutcome.Broken)]
    [InlineData("192.68", EquationOutcome.Broken)]
    public void The_zeros_of_a_list_carry_no_rounding(string printedTotal, EquationOutcome outcome)
    {
        // 表一 of seed 002: 176.99 + 10.65 + 4.95 and 23 类 printed 0.00. Only the four rounded numbers may explain a difference (±0.02),
        // so a 0.10 slip in 本年支出合计 is no longer hidden under 27 × 0.005.
        var rows = new[] { "176.99", "10.65", "4.95" }.Concat(Enumerable.Repeat("0.00", 23)).Select((a, i) => Row("201", "类" + i, (C.Amount, a))).ToList();
        var totalRow = Row(null, "本年支出合计", (C.Amount, printedTotal));
        var table = Table("T1", rows.Append(totalRow).ToArray());
        var result = Equation.Sum(table.At(totalRow, C.Amount), rows.Select(r => table.At(r, C.Amount))).Evaluate();
        Assert.Equal((outcome, 0.02m), (result.Outcome, result.Tolerance));
    }

    [Fact]
    public void Divide_contains_the_true_quotient()
    {
        Gen.Select(TrueAmount, TrueAmount).Sample((a, b) =>
        {
            var quotient = Interval.Divide(Print(a).Interval, Print(b).Interval);
            if (quotient is Interval q) Assert.True(q.Contains(a / b), $"{a}/{b} = {a / b} not in {q}");
            else Assert.True(Print(b).Interval.Contains(0m));
        });
    }

    [Fact]
    public void Sum_and_difference_contain_the_true_results()
    {
        Gen.Select(TrueAmount, TrueAmount).Sample((a, b) =>
        {
            var (pa, pb) = (Print(a).Interval, Print(b).Interval);
            Assert.True((pa + pb).Contains(a + b));
            Assert.True((pa - pb).Contains(a - b));
            Assert.True((pa * pb).Contains(a * b));
        });
    }

    [Fact]
    public void Overlaps_and_gap_are_symmetric_and_agree()
    {
        Gen.Select(AnyInterval, AnyInterval).Sample((x, y) =>
        {
            Assert.Equal(x.Overlaps(y), y.Overlaps(x));
            Assert.Equal(x.GapTo(y), y.GapTo(x));
            Assert.Equal(x.Overlaps(y), x.GapTo(y) == 0m);
            Assert.True(x.Hull(y).Contains(x.Low) && x.Hull(y).Contains(y.High));
        });
    }

    [Fact]
    public void Rounding_is_monotone_so_one_quantity_prints_one_way_and_parts_never_print_above_wholes()
    {
        Gen.Select(TrueAmount, TrueAmount).Sample((a, b) =>
        {
            Assert.True(PrintedNumber.SameQuantity(Print(a), Print(a)));
            var (part, whole) = a <= b ? (a, b) : (b, a);
            Assert.True(PrintedNumber.AtMost(Print(part), Print(whole)));
        });
    }

    [Fact]
    public void Printed_amounts_parse_back_with_value_and_decimals()
    {
        TrueAmount.Sample(a =>
        {
            var text = PrimaryText(a);
            var parsed = NumberText.Parse(text);
            Assert.NotNull(parsed);
            Assert.Equal(PrintedNumber.RoundLike(a, 2), parsed!.Value.Value);
            Assert.Equal(2, parsed.Value.Decimals);
            Assert.True(parsed.Value.Interval.Contains(a));
        });
    }

    [Fact]
    public void Parse_never_throws()
    {
        Gen.String.Sample(s => { _ = NumberText.Parse(s); });
        Gen.Char["0123456789,.-—（）()%％ ０１２"].Array[0, 12].Select(cs => new string(cs)).Sample(s => { _ = NumberText.Parse(s); });
    }

    /// <summary>"1,234,567.89": the way amounts are printed, with thousands separators.</summary>
    private static string PrimaryText(decimal value) =>
        PrintedNumber.RoundLike(value, 2).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
