using FiscalAudit.Core.Documents;

namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// A whole stated as amounts of several kinds and the parts listed after it, each stating amounts of those kinds:
/// “项目支出预算90万元，执行88万元，其中：A项目预算50万元，执行48万元，B项目预算40万元，执行40万元”.
/// </summary>
/// <param name="Text">The whole as printed (“项目支出预算90万元，执行88万元”).</param>
/// <param name="Items">The parts as listed.</param>
/// <param name="Complete">The list promises every part (“分别为”, “包括”), so the parts add up to the whole.</param>
/// <param name="ItemLocations">Where each part is stated.</param>
public sealed record KindedBreakdown(string Text, IReadOnlyList<string> Items, bool Complete, IReadOnlyList<SourceLocation> ItemLocations)
{
    public IReadOnlyList<KindedSum> Sums { get; init; } = Array.Empty<KindedSum>();
}

/// <summary>One amount of the whole (“执行88万元”): its kind (预算, 年初预算, 调整预算, 执行), the parts' amounts of that kind, where it is stated.</summary>
public sealed record KindedSum(string Kind, ListedSum Sum, SourceLocation Location);
