using System.Globalization;
using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// The money of a message in the unit its sentence printed: 元 when every amount the message cites was printed in 元 (“本年 68000元，
/// 增加 6000元，上年应为 62000元”), else 万元 as compared, an amount printed in 元 then shown with its conversion (<see cref="Ratios.Amount"/>).
/// Every hole prints under <see cref="WorkedAmount.FormerPrinting"/> in 万元, as messages printed it before: the text the former finding
/// id was worked out from.
/// </summary>
internal sealed class MessageMoney
{
    public const string Yuan = "元";

    /// <summary>元 restated in 万元: the factor, and the decimals it adds to what was printed.</summary>
    private static readonly decimal ToWan = MoneyUnits.Factor(Yuan, "万元")!.Value;

    private static readonly int AddedDecimals = MoneyUnits.ExtraDecimals(ToWan);

    private MessageMoney(bool inYuan) => InYuan = inYuan;

    /// <summary>True when every amount cited was printed in 元.</summary>
    public bool InYuan { get; }

    /// <summary>The unit of a message citing <paramref name="cited"/>.</summary>
    public static MessageMoney Of(params PrintedNumber[] cited) => new(cited.Length > 0 && cited.All(PrintedInYuan));

    /// <summary>A printed amount: as printed when in 元 (“68000元”), else in 万元 (“6.80万元”).</summary>
    public Shown Amount(PrintedNumber n) => new(InYuan ? AsPrinted(n) : Ratios.Amount(n), Ratios.Amount(n));

    /// <summary>
    /// An amount worked out in 万元 from the cited ones: in 元 with the decimals they were printed with (“62000元”), else as
    /// <paramref name="worked"/> prints followed by <paramref name="wanSuffix"/> (“6.20 万元”, or no unit where the message gave none).
    /// </summary>
    public Shown Worked(WorkedAmount worked, string wanSuffix) =>
        new(InYuan ? InYuanText(worked.Value, worked.From.Max(n => n.Decimals), worked.From.Any(n => n.PrintedGrouped)) : worked.ToString(null, CultureInfo.InvariantCulture) + wanSuffix,
            worked.ToString(null, WorkedAmount.FormerPrinting) + wanSuffix);

    /// <summary>
    /// A value in 万元 restated in 元 with the decimals of figures printed in 元 (<paramref name="restatedDecimals"/> is theirs in 万元),
    /// with thousands separators when <paramref name="grouped"/> (the figures cited print them: “305,700.00元” beside “306,700.00元”).
    /// </summary>
    public static string InYuanText(decimal wan, int restatedDecimals, bool grouped)
    {
        var decimals = Math.Max(0, restatedDecimals - AddedDecimals);
        var yuan = decimal.Round(wan / ToWan, decimals, MidpointRounding.AwayFromZero);
        return (grouped ? yuan.ToString("N" + decimals, CultureInfo.InvariantCulture) : PrintedNumber.Format(yuan, decimals)) + Yuan;
    }

    /// <summary>An amount printed in 元 as printed (“950,000元”), so a reviewer finds it in the text.</summary>
    public static string AsPrinted(PrintedNumber n) => n.ConvertedFrom!;

    /// <summary>True when <paramref name="n"/> was printed in 元 and restated in 万元.</summary>
    public static bool PrintedInYuan(PrintedNumber n) =>
        n.ConvertedFrom is { } text && MoneyUnits.Names.Where(u => text.EndsWith(u, StringComparison.Ordinal)).MaxBy(u => u.Length) == Yuan;

    /// <summary>A hole of a message: its text now, and as messages printed it before.</summary>
    public readonly record struct Shown(string Current, string Former) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => formatProvider == WorkedAmount.FormerPrinting ? Former : Current;

        public override string ToString() => Current;
    }
}
