namespace FiscalAudit.Core.Model.Facts;

/// <summary>
/// The set a count names, read from its own clause (“我部门共有7个项目批复了绩效目标” → label “”, unit “个”, words “项目批复绩效目标”):
/// two counts of one set stated apart must agree. <see cref="Label"/> is the label before the count without fillers, <see cref="Words"/>
/// the words after its unit up to the end of its clause.
/// </summary>
public sealed record CountedSet(string Label, string Unit, string Words)
{
    /// <summary>The count restated with <paramref name="number"/>: “” + “7” + “个” + “项目批复绩效目标”.</summary>
    public string Stated(string number) => $"{Label}{number}{Unit}{Words}";
}
