using static FiscalAudit.Tests.Narrative.DepartmentNameKit;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3: a department's description of itself that gives a date — after its subject (“X局于2019年3月根据《…》组建，为…的工作部门”,
/// “X局成立于1985年，是…”) or before it (“2018年机构改革后，X局为…”) — is read past the date (self-descriptions.json dateOpening, dateAside).
/// </summary>
public class DatedSelfDescriptionTests
{
    public static TheoryData<string> Dated(string name) => new()
    {
        $"{name}于2019年3月根据《平江县机构改革方案》（平党办发〔2019〕8号）组建，为县人民政府工作部门。",
        $"{name}于2019年3月组建，为县人民政府工作部门。",
        $"{name}成立于1985年，是县人民政府工作部门，主要负责全县交通建设。",
        $"{name}2019年3月挂牌成立，是县人民政府组成部门。",
        $"2018年机构改革后，{name}为县人民政府工作部门。",
        $"2019年3月，{name}内设股室6个。",
        $"二〇一九年机构改革中，根据《平江县机构改革方案》的规定，{name}为县人民政府直属机构。",
    };

    public static TheoryData<string> CopiedDescriptions => Dated("汨罗市交通运输局");

    public static TheoryData<string> OwnDescriptions => Dated("平江县交通运输局");

    /// <summary>Another county's department described with a date: one finding on its line.</summary>
    [Theory]
    [MemberData(nameof(CopiedDescriptions))]
    public void A_copied_dated_description_is_one_finding(string duties)
    {
        var text = Described(duties, "平江县交通运输局");
        Assert.Equal(("平江县交通运输局", "汨罗市交通运输局", LineOf(text, duties)), TheOneOther(text));
    }

    /// <summary>The department's own description with a date: nothing.</summary>
    [Theory]
    [MemberData(nameof(OwnDescriptions))]
    public void The_own_dated_description_is_silent(string duties) => AssertSilent("平江县交通运输局", [Described(duties, "平江县交通运输局")]);

    /// <summary>A dated description weighs for its department against a header copied from another department: the header is the one finding.</summary>
    [Theory]
    [MemberData(nameof(OwnDescriptions))]
    public void A_dated_description_weighs_for_its_department(string duties)
    {
        var text = $"编制单位：汨罗市交通运输局\n\n一、部门职责\n\n{duties}\n\n公开02表\n\n编制单位：平江县交通运输局\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
        Assert.Equal(("平江县交通运输局", "汨罗市交通运输局", 1), TheOneOther(text));
    }

    private static string Described(string duties, string header) =>
        $"2023年度\n\n平江县交通运输局\n\n部门决算\n\n第一部分 部门概况\n\n一、部门职责\n\n{duties}\n\n二、机构设置\n\n本部门无下属单位。\n\n公开01表\n\n编制单位：{header}\n\n金额单位：万元\n\n本年收入合计199.52万元。\n";
}
