using FiscalAudit.Core.Numbers;

namespace FiscalAudit.Rules.Narrative;

/// <summary>
/// A stated sum and the listed amounts that should add up to it, as a message shows them: in 元 when every one was printed
/// in 元 (“880000元”, “之和 860000元（480000元＋380000元，差 20000元）”); else in 万元 as compared, an amount printed in 元
/// shown as printed (“500000元＋40万元”), the computed sum and difference then followed by 万元.
/// </summary>
internal sealed record PrintedSums(string Stated, string Total, string List, string Difference)
{
    public static PrintedSums Of(PrintedNumber stated, IReadOnlyList<PrintedNumber> items)
    {
        var all = items.Prepend(stated).ToList();
        var total = items.Sum(a => a.Value);
        var difference = Math.Abs(total - stated.Value);
        if (all.All(MessageMoney.PrintedInYuan))
        {
            // Amounts printed in 元 were restated in 万元 with more decimals; shown back in 元 with the decimals printed.
            var (decimals, grouped) = (all.Max(a => a.Decimals), all.Any(a => a.PrintedGrouped));
            return new(MessageMoney.AsPrinted(stated), MessageMoney.InYuanText(total, decimals, grouped), string.Join("＋", items.Select(MessageMoney.AsPrinted)), MessageMoney.InYuanText(difference, decimals, grouped));
        }
        if (!all.Any(MessageMoney.PrintedInYuan))
        {
            return new(Ratios.Amount(stated), PrintedNumber.Format(total, 2), string.Join("＋", items.Select(Ratios.Show)), PrintedNumber.Format(difference, 2));
        }
        var places = all.Max(a => a.Decimals);
        return new(MessageMoney.PrintedInYuan(stated) ? MessageMoney.AsPrinted(stated) : Ratios.Amount(stated), PrintedNumber.FormatTrimmed(total, places) + "万元",
            string.Join("＋", items.Select(a => MessageMoney.PrintedInYuan(a) ? MessageMoney.AsPrinted(a) : Ratios.Show(a) + "万元")), PrintedNumber.FormatTrimmed(difference, places) + "万元");
    }
}
