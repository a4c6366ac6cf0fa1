using System.Text.RegularExpressions;
using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model.Evaluation;
using FiscalAudit.Core.Numbers;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The funds a third-party report states in one sentence (“2024年项目预算资金480.00万元，实际支出463.20万元，预算执行率96.50%”):
/// budget, amount spent and, when printed, the execution rate. The amount spent may follow the budget's breakdown in
/// the same sentence (“预算安排资金1,250.00万元，其中中央资金800.00万元，县级配套450.00万元；实际支出1,180.50万元”); the rate may be
/// spelled in Chinese numerals (“预算执行率百分之九十五点五四”, read by <see cref="ChinesePercent"/>) or printed as a fraction without “%”
/// (“预算执行率0.9554”: the rate 95.54% when 支出 ÷ 预算 agrees, read by <see cref="FractionRates"/>; the fraction as printed otherwise);
/// amounts printed in 元 are restated in 万元. A sentence of the text, not a table row: its rate is
/// checked by the narrative rule (FA3004), so the funds are marked as taken from a summary.
/// </summary>
internal static class ThirdPartyFundsStatement
{
    private static readonly Lazy<Regex> Sentence = new(() => Build(ThirdPartyVocabulary.Default));

    /// <summary>The funds of the first paragraph of the report that states them; null when none does.</summary>
    public static FundsRow? Read(IEnumerable<Block> report)
    {
        foreach (var p in report.OfType<ParagraphBlock>())
        {
            var m = Sentence.Value.Match(EvaluationText.FoldDigits(p.Text));
            if (!m.Success || Amount(m, "b") is not PrintedNumber budget || Amount(m, "e") is not PrintedNumber spent) continue;
            return new FundsRow
            {
                Budget = budget,
                Executed = spent,
                PrintedRate = m.Groups["r"].Success ? FractionRates.Read(m.Groups["r"].Value, budget, spent) : null,
                Location = p.LocationOf(m.Index, m.Index + m.Length),
                FromSummary = true,
                RateAsFraction = m.Groups["f"].Success,
            };
        }
        return null;
    }

    /// <summary>The amount of group <paramref name="name"/> in 万元, restated when printed in 元 (its unit is group <paramref name="name"/>u).</summary>
    private static PrintedNumber? Amount(Match m, string name) =>
        NumberText.Parse(m.Groups[name].Value) is not PrintedNumber n ? null : m.Groups[name + "u"].Value == "元" ? PrintedNumber.YuanInTenThousands(n) : n;

    private static Regex Build(ThirdPartyVocabulary words)
    {
        static string Any(IEnumerable<string> list) => string.Join("|", list.OrderByDescending(w => w.Length).Select(Regex.Escape));
        const string amount = @"\d[\d,]*(?:\.\d+)?";
        return new Regex(
            $@"(?:{Any(words.BudgetWords)})(?:为|共|是|:|：)?\s*(?<b>{amount})\s*(?<bu>万元|元)[^。]{{0,60}}?(?:{Any(words.SpentWords)})(?:资金)?(?:为|共|是|:|：)?\s*(?<e>{amount})\s*(?<eu>万元|元)(?:[^。；;]{{0,20}}?(?:{Any(words.RateWords)})(?:为|是|达|达到|:|：)?\s*(?<r>{amount}\s*%|{ChinesePercent.Pattern}|(?<f>[01]\.\d{{2,}})(?![\d.%％])))?",
            RegexOptions.CultureInvariant);
    }
}
