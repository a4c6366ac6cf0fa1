using System.Text;
using FiscalAudit.Engine;
using FiscalAudit.Tests.Pdf;
using FiscalAudit.Tests.Reports;
using FiscalAudit.Tests.Support;

namespace FiscalAudit.Tests.Ingest;

/// <summary>
/// Issue 12, class 6, in 表一 and 表四: seed 002 carried over a deficit — its 年初结转和结余 −7.94 and so its 年末结转和结余 −1.00
/// (199.52 + (−7.94) − 192.58), its 总计 191.58 and the 情况说明's 总计 and their falls restated to match — the negatives printed
/// as converters, Word, bureaus' exports and printed PDFs give them: each is read as the negative amount in its cell (表一's 金额,
/// 表四's 金额, 合计 and 一般公共预算财政拨款), the sums and identities over them hold, and the findings are the text's.
/// </summary>
public partial class PlantedAcrossFormatsTests
{
    /// <summary>Seed 002 with a deficit carried in and out, each negative amount printed as <paramref name="negative"/> prints −1.00.</summary>
    private static string WithDeficit(string negative)
    {
        string Minus(string amount) => negative.Replace("1.00", amount, StringComparison.Ordinal);
        return Planting.Planted(Clean, "seed 002",
        [
            ("\n年初结转和结余\t29\t4.77\t年末结转和结余\t60\t11.71\n", $"\n年初结转和结余\t29\t{Minus("7.94")}\t年末结转和结余\t60\t{Minus("1.00")}\n"),
            ("<b>总 计</b>\t31\t204.29\t<b>总 计</b>\t62\t204.29", "<b>总 计</b>\t31\t191.58\t<b>总 计</b>\t62\t191.58"),
            ("\n年初财政拨款结转和结余\t28\t4.77\t年末财政拨款结转和结余\t60\t11.71\t11.71\t0.00\t0.00\n",
                $"\n年初财政拨款结转和结余\t28\t{Minus("7.94")}\t年末财政拨款结转和结余\t60\t{Minus("1.00")}\t{Minus("1.00")}\t0.00\t0.00\n"),
            ("\n一般公共预算财政拨款\t29\t4.77\t", $"\n一般公共预算财政拨款\t29\t{Minus("7.94")}\t"),
            ("<b>204.29</b>\t<b>总 计</b>\t<b>64</b>\t<b>204.29</b>\t<b>204.29</b>", "<b>191.58</b>\t<b>总 计</b>\t<b>64</b>\t<b>191.58</b>\t<b>191.58</b>"),
            ("收、支总计均为 204.29 万元。与上年度相比，收、支总计各减少 29.46 万元，下降 12.6%", "收、支总计均为 191.58 万元。与上年度相比，收、支总计各减少 42.17 万元，下降 18.0%"),
            ("财政拨款收、支总计均为 204.29 万元。与上年度相比，财政拨款收、支总计各减少 29.21 万元，下降 12.51%", "财政拨款收、支总计均为 191.58 万元。与上年度相比，财政拨款收、支总计各减少 41.92 万元，下降 17.95%"),
        ]);
    }

    /// <summary>The deficit's cells in 表一 and 表四 as read: table, row and value of each negative one.</summary>
    private static List<string> DeficitCells(AuditResult read) =>
        SameReading.Cells(read).Where(c => c.StartsWith("T1|", StringComparison.Ordinal) || c.StartsWith("T4|", StringComparison.Ordinal))
            .Where(c => c.EndsWith("|-7.94", StringComparison.Ordinal) || c.EndsWith("|-1.00", StringComparison.Ordinal)).ToList();

    private static readonly Lazy<AuditResult> DeficitInText = new(() => Auditor.Audit("002.txt", Encoding.UTF8.GetBytes(WithDeficit("-1.00"))));

    /// <summary>In the text the deficit is read in its six cells and adds no finding to the clean seed's: a negative balance is no error.</summary>
    [SharedFact]
    public void A_deficit_carried_in_and_out_of_the_text_is_read_negative_and_adds_no_finding()
    {
        Assert.Equal(6, DeficitCells(DeficitInText.Value).Count);
        Assert.Equal(SameReading.Findings(Text.Value.Clean), SameReading.Findings(DeficitInText.Value));
    }

    [SharedTheory]
    [MemberData(nameof(NegativePrintings))]
    public void A_deficit_in_the_first_and_fourth_tables_is_read_negative_in_every_form(string negative, string form)
    {
        var read = Audit(form, WithDeficit(negative));

        Assert.Equal(DeficitCells(DeficitInText.Value), DeficitCells(read));
        Assert.Equal(SameReading.Findings(DeficitInText.Value), SameReading.Findings(read));
        Assert.Equal(SameReading.Ids(DeficitInText.Value), SameReading.Ids(read));
    }

    /// <summary>The Word form printed as PDF by LibreOffice, the negatives in full-width brackets and with a full-width minus: read from the PDF's text as in the text.</summary>
    [LibreOfficeTheory(NeedsShared = true)]
    [InlineData("（1.00）")]
    [InlineData("－1.00")]
    [InlineData("-1.00")]
    public void A_deficit_in_a_printed_pdf_is_read_negative(string negative) =>
        PrintedRendering.Check("002.docx", BorderlessTablesTests.WordDocument(WithDeficit(negative)), pdf =>
        {
            var read = Auditor.Audit(pdf);
            Assert.Equal(DeficitCells(DeficitInText.Value), DeficitCells(read));
            Assert.Equal(SameReading.Findings(DeficitInText.Value), SameReading.Findings(read));
        });
}
