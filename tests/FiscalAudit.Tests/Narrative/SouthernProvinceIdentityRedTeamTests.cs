using Body = FiscalAudit.Tests.Narrative.UnusedProvinceIdentityRedTeamTests.Body;

namespace FiscalAudit.Tests.Narrative;

/// <summary>
/// Issue 12 class 3, red team of provinces no earlier whole-document test used (贵州, 广西, 宁夏, 湖北, 海南): a district 检察院 whose
/// cover splits before 人民检察院 and whose header glues the unit on (“…人民检察院单位：万元”), a Party committee's office named in full
/// (“中国共产党…委员会办公室”) bearing the 档案局's name, a town's government whose header glues the year on (“…镇人民政府2023年度”) and
/// whose 财政所 is the county 财政局's 派出机构, a street office with its centre, and an autonomous county's bureau printed with its place
/// in short (“白沙县” of 白沙黎族自治县). Each correct document is silent; with its second header replaced by another body's (another
/// place's 检察院, 档案局 or street office, the 财政所's parent, another autonomous county's bureau), exactly one FA3014 on that line.
/// </summary>
public class SouthernProvinceIdentityRedTeamTests
{
    private static readonly Body[] Bodies =
    [
        // 贵州: a district procuratorate, its cover split before 人民检察院.
        new("2023年度\n\n遵义市汇川区\n人民检察院\n\n部门决算", "遵义市汇川区人民检察院",
            "遵义市汇川区人民检察院是汇川区的法律监督机关，内设综合业务部等5个部门。",
            "遵义市汇川区人民检察院机关服务中心是遵义市汇川区人民检察院下属的事业单位。",
            "编制单位：遵义市汇川区人民检察院单位：万元", "编制单位：汇川区检察院", "填报单位：遵义市汇川区人民检察院机关服务中心"),
        // 广西: a Party committee's office named in full on the cover, bearing the district 档案局's name.
        new("2023年度\n\n中国共产党桂林市七星区委员会办公室\n\n部门决算", "中国共产党桂林市七星区委员会办公室",
            "中共桂林市七星区委办公室是区委的综合办事机构，加挂桂林市七星区档案局牌子。",
            "桂林市七星区档案馆是中共桂林市七星区委办公室所属公益一类事业单位。",
            "编制单位：区委办公室", "编制单位：桂林市七星区档案局", "填报单位：桂林市七星区档案馆"),
        // 宁夏: a town's government, its cover split before the town, the year glued to a header, its 财政所 the county bureau's.
        new("银川市永宁县\n望洪镇人民政府\n\n2023年度部门决算", "银川市永宁县望洪镇人民政府",
            "本单位为永宁县望洪镇人民政府，内设党政综合办公室等5个机构。",
            "永宁县望洪镇农业综合服务中心是永宁县望洪镇人民政府下设的事业单位。永宁县望洪镇财政所为永宁县财政局的派出机构。",
            "编制单位：永宁县望洪镇人民政府2023年度", "编制单位：银川市永宁县望洪镇人民政府", "填报单位：永宁县望洪镇农业综合服务中心"),
        // 湖北: a street office, its cover split before the office, its centre 所属 to it.
        new("2023年度\n\n武汉市洪山区\n珞南街道办事处\n\n部门决算", "武汉市洪山区珞南街道办事处",
            "武汉市洪山区珞南街道办事处是武汉市洪山区人民政府的派出机关，内设党政办公室等6个机构。",
            "武汉市洪山区珞南街道社区网格管理服务中心系武汉市洪山区珞南街道办事处所属事业单位。",
            "编制单位：洪山区珞南街道办事处", "公开02表编制单位：武汉市洪山区珞南街道办事处单位：万元", "填报单位：武汉市洪山区珞南街道社区网格管理服务中心"),
        // 海南: an autonomous county's bureau, printed with its place in short in a header.
        new("白沙黎族自治县\n民政局\n\n2023年度部门决算", "白沙黎族自治县民政局",
            "白沙黎族自治县民政局是白沙黎族自治县人民政府工作部门。",
            "白沙黎族自治县社会福利院是白沙黎族自治县民政局所属公益一类事业单位。",
            "编制单位：白沙县民政局", "编制单位：白沙黎族自治县民政局2023年度", "填报单位：白沙黎族自治县社会福利院"),
    ];

    private static readonly (string Header, string Other)[] Replacements =
    [
        ("编制单位：遵义市红花岗区人民检察院", "遵义市红花岗区人民检察院"),
        ("编制单位：桂林市秀峰区档案局", "桂林市秀峰区档案局"),
        ("编制单位：永宁县财政局", "永宁县财政局"),
        ("编制单位：武汉市洪山区关山街道办事处", "武汉市洪山区关山街道办事处"),
        ("编制单位：昌江黎族自治县民政局", "昌江黎族自治县民政局"),
    ];

    public static TheoryData<Body> Correct => new(Bodies);

    public static TheoryData<Body, string, string> Wrong => UnusedProvinceIdentityRedTeamTests.Replaced(Bodies, Replacements);

    [Theory]
    [MemberData(nameof(Correct))]
    public void A_correct_document_is_silent(Body body) => UnusedProvinceIdentityRedTeamTests.AssertSilentDocument(body);

    [Theory]
    [MemberData(nameof(Wrong))]
    public void One_wrong_header_is_one_finding_on_its_line(Body body, string header, string other) =>
        UnusedProvinceIdentityRedTeamTests.AssertOneWrongHeader(body, header, other);
}
