namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>
/// The common indicator framework of 财政预算支出项目绩效评价自评表 (投入/过程/产出/效果): the third-level
/// indicator names in printed order with their first- and second-level headings. Weights and bracket
/// rules are scoring data and live in the Rules scheme; this is only what the parser looks for.
/// </summary>
internal static class BracketFormVocabulary
{
    public sealed record Entry(string Level1, string Level2, string Name);

    public static readonly IReadOnlyList<Entry> Entries = new Entry[]
    {
        new("投入", "项目立项", "决策过程"),
        new("投入", "项目立项", "目标内容"),
        new("投入", "项目立项", "预期效益"),
        new("投入", "资金落实", "资金到位率"),
        new("投入", "资金落实", "到位时效"),
        new("过程", "业务管理", "管理制度健全性"),
        new("过程", "业务管理", "制度执行有效性"),
        new("过程", "业务管理", "项目质量可控性"),
        new("过程", "财务管理", "管理制度健全性"),
        new("过程", "财务管理", "资金使用合规性"),
        new("过程", "财务管理", "财务监控有效性"),
        new("产出", "项目产出", "实际完成率"),
        new("产出", "项目产出", "完成及时率"),
        new("产出", "项目产出", "质量达标率"),
        new("产出", "项目产出", "成本节约率"),
        new("效果", "项目效益", "经济效益"),
        new("效果", "项目效益", "社会效益"),
        new("效果", "项目效益", "生态效益"),
        new("效果", "项目效益", "可持续影响"),
        new("效果", "项目效益", "社会公众或服务对象满意度"),
    };
}
