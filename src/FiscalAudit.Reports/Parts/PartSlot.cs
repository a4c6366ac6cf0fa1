namespace FiscalAudit.Reports.Parts;

/// <summary>
/// A part while a document's parts are worked out: how it is recognised (<see cref="Headings"/> at any
/// level, <see cref="PartHeadings"/> only on a “第N部分” line, <see cref="SectionAliases"/> inside the
/// 情况说明, <see cref="TableKey"/> for the table or evaluation a finding names) and whether it was seen.
/// </summary>
internal sealed class PartSlot
{
    public PartSlot(string key, string title, string check)
    {
        Key = key;
        Title = title;
        Check = check;
    }

    public string Key { get; }

    public string Title { get; }

    public string Check { get; }

    public IReadOnlyList<string> Headings { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> PartHeadings { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> SectionAliases { get; init; } = Array.Empty<string>();

    /// <summary>The table id (T3), project name or evaluation title that findings of this part carry as their table.</summary>
    public string? TableKey { get; init; }

    /// <summary>For a part that heads a series (部门决算表, 情况说明): what the series is made of.</summary>
    public PartSource? Series { get; init; }

    /// <summary>The section a part of a section belongs to (机关运行经费 → 其他重要事项); it counts as seen when the part is.</summary>
    public PartSlot? Parent { get; init; }

    public bool Found { get; private set; }

    public void MarkFound()
    {
        Found = true;
        Parent?.MarkFound();
    }

    /// <summary>True when the document gives no heading to recognise the part by.</summary>
    public bool Unrecognisable => Headings.Count == 0 && PartHeadings.Count == 0 && SectionAliases.Count == 0 && TableKey is null;

    public DisclosurePart ToPart() => new(Key, Title, Check, Found);
}
