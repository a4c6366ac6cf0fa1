using System.Text.Json;
using System.Text.Json.Serialization;
using FiscalAudit.Core.Data;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract.Kinds;

/// <summary>
/// The words that tell what a document is, per kind and per signal. Loaded from document-kinds.json
/// (embedded), where the signals and how they decide are described.
/// </summary>
public sealed class KindVocabulary
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>How many lines from the top of a document can hold its title.</summary>
    public int TitleLines { get; init; }

    /// <summary>Longest line (white space removed) that is read as a table title or section heading.</summary>
    public int MaxHeadingLength { get; init; }

    /// <summary>Words naming two kinds at once (“预决算”): a kind's word inside one of them does not count.</summary>
    public List<string> SharedWords { get; init; } = new();

    /// <summary>Words of a notice or regulation about disclosures (“关于做好部门预算公开工作的通知”), which is no disclosure itself.</summary>
    public List<string> NoticeWords { get; init; } = new();

    /// <summary>The words of each kind, in order of precedence.</summary>
    public List<KindWords> Kinds { get; init; } = new();

    public static KindVocabulary Default { get; } = EmbeddedJson.Load<KindVocabulary>(typeof(KindVocabulary).Assembly, "document-kinds.json", Options);
}

/// <summary>The words by which one document kind is recognised.</summary>
public sealed class KindWords
{
    /// <summary>The kind's JSON name (“budget”).</summary>
    [JsonPropertyName("kind")]
    public string Name { get; init; } = string.Empty;

    [JsonIgnore]
    public DocumentKind Kind => Enum.GetValues<DocumentKind>().Single(k => k.ToJsonName() == Name);

    /// <summary>Words of the document's own title (“部门预算”).</summary>
    public List<string> Titles { get; init; } = new();

    /// <summary>How the kind's table names end (“预算总表”).</summary>
    public List<string> TableTitleEndings { get; init; } = new();

    /// <summary>Words of its 情况说明 headings (“预算编制说明”).</summary>
    public List<string> SectionHeadings { get; init; } = new();

    /// <summary>True when the national 公开01–09表 markers belong to this kind.</summary>
    public bool PublicTableMarkers { get; init; }

    /// <summary>Evaluation words found anywhere in the text (“绩效自评”).</summary>
    public List<string> EvaluationWords { get; init; } = new();
}
