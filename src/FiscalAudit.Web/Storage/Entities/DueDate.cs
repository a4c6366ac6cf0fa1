namespace FiscalAudit.Web.Storage.Entities;

/// <summary>When a year's documents of one coverage kind (预算, 决算, 绩效自评) are due; later ones are 逾期.</summary>
public sealed class DueDate
{
    public long Id { get; set; }

    public int Year { get; set; }

    /// <summary>The coverage kind's name (OrgVocabulary.json): 预算, 决算, 绩效自评.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The last day documents are on time (the whole day counts).</summary>
    public DateOnly Date { get; set; }
}
