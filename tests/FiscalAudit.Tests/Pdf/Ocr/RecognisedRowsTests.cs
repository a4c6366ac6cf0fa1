using FiscalAudit.Core.Model;
using FiscalAudit.Engine;
using FiscalAudit.Engine.Recognised;
using FiscalAudit.Ingest.Pdf.Ocr;
using FiscalAudit.Rules;
using FiscalAudit.Tests.Support;
using static FiscalAudit.Tests.Narrative.NarrativeTestKit;

namespace FiscalAudit.Tests.Pdf.Ocr;

/// <summary>
/// Issue 12, OCR: row names of seed 002 misread as a scan's recognition misreads them — the last character dropped
/// (年末结转和结), a character dropped inside (一般公共预算财政款收入) or read as another (使用非财政拨款结#, 缴贵), the 、 of the
/// numbering dropped (八社会保障和就业支出). Read as text they break the identities (FA1003, FA2001, FA2004) or differ from
/// the 科目 name (FA2021); taken as recognised, each is the known name it misreads and seed 002's findings are found as they
/// are on its text taken as recognised. A name too far from every known one (年末结余) keeps its name.
/// </summary>
public class RecognisedRowsTests
{
    public static TheoryData<string, string, string> Misreadings => new()
    {
        { "年末结转和结余\t60", "年末结转和结\t60", "FA1003" },
        { "年末财政拨款结转和结余\t60", "年末财政拨款结转和结\t60", "FA1003" },
        { "一、一般公共预算财政拨款收入\t1", "一、一般公共预算财政款收入\t1", "FA2001" },
        { "八、社会保障和就业支出\t40", "八社会保障和就业支出\t40", "FA2004" },
        { "2080505\t机关事业单位基本养老保险缴费支出\t10.17\t10.17\t0.00\t0.00\t0.00\t0.00", "2080505\t机关事业单位基本养老保险缴贵支\t10.17\t10.17\t0.00\t0.00\t0.00\t0.00", "FA2021" },
    };

    [SharedTheory]
    [MemberData(nameof(Misreadings))]
    public void A_misread_row_name_on_a_recognised_page_is_the_known_name(string printed, string misread, string rule)
    {
        var text = File.ReadAllText(Repo.Seed002);
        Assert.Contains(printed, text, StringComparison.Ordinal);
        var seed = Reported(Recognised(text));
        var misreading = text.Replace(printed, misread, StringComparison.Ordinal);
        Assert.Contains(Reported(FromText(misreading)), f => f.StartsWith(rule, StringComparison.Ordinal) && !seed.Contains(f));
        Assert.Equal(seed, Reported(Recognised(misreading)));
    }

    [SharedFact]
    public void A_row_name_too_far_from_every_known_name_keeps_its_name()
    {
        var disclosure = Recognised(File.ReadAllText(Repo.Seed002).Replace("年末结转和结余\t60", "年末结余\t60", StringComparison.Ordinal));
        Assert.Contains(disclosure.Tables.Single(t => t.Id == "T1").Rows, r => r.Name == "年末结余");
        Assert.Contains(Reported(disclosure), f => f.StartsWith("FA1003", StringComparison.Ordinal));
    }

    /// <summary><paramref name="text"/> read as if all of it were recognised from a scan.</summary>
    private static Disclosure Recognised(string text)
    {
        var disclosure = FromText(text);
        var settings = OcrSettings.Default.Names;
        RecognisedRows.Apply(disclosure, _ => true, new KnownRowNames(RuleCatalog.Default, disclosure.Year, settings.Ordinals), settings);
        return disclosure;
    }

    private static List<string> Reported(Disclosure disclosure) =>
        new Auditor().Check(disclosure).Where(f => f.RuleId != "FA0002").Select(f => $"{f.RuleId} {f.Severity} {f.Message}").ToList();
}
