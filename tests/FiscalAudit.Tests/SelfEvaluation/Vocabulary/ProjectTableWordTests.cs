using static FiscalAudit.Tests.SelfEvaluation.ThirdPartyKit;

namespace FiscalAudit.Tests.SelfEvaluation.Vocabulary;

/// <summary>
/// The head labels of indicator-table.json decide who a project table (Provincial/medical-insurance-subsidy.txt) names as the
/// supervising department and the implementing unit: the value after a listed label.
/// </summary>
public class ProjectTableWordTests
{
    private static (string? Supervisor, string? Implementer) Head(string supervisorLabel, string implementerLabel)
    {
        var text = Text("medical-insurance-subsidy.txt", Provincial)
            .Replace("主管部门\t", supervisorLabel + "\t", StringComparison.Ordinal).Replace("\t实施单位\t", $"\t{implementerLabel}\t", StringComparison.Ordinal);
        var p = Project(Audit("head.txt", text));
        return (p.Supervisor, p.Implementer);
    }

    [Theory]
    [InlineData("主管部门", "实施单位")]
    [InlineData("项目主管部门", "项目实施单位")]
    public void The_values_after_listed_labels_are_the_supervisor_and_the_implementer(string supervisor, string implementer) =>
        Assert.Equal(("安仁县医疗保障局", "安仁县医疗保障事务中心"), Head(supervisor, implementer));

    [Fact]
    public void Labels_that_are_not_listed_name_neither() =>
        Assert.Equal((null, null), Head("归口部门", "执行单位"));
}
