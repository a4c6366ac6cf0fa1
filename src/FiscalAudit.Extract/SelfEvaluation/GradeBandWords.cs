using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of stated grade bands (<see cref="GradeBandParser"/>), loaded from grade-band-words.json (embedded), where each is described.</summary>
internal sealed class GradeBandWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static GradeBandWords Default { get; } = EmbeddedJson.Load<GradeBandWords>(typeof(GradeBandWords).Assembly, "grade-band-words.json", Options);

    /// <summary>Words that make a clause with one number the lowest band (“60分以下为差”).</summary>
    public List<string> BelowWords { get; init; } = new();

    /// <summary>Words that hold a grade word but name no grade (“其中”).</summary>
    public List<string> NotGradeWords { get; init; } = new();

    /// <summary>The grade that makes any three grades a set of bands (优).</summary>
    public string BestGrade { get; init; } = string.Empty;

    /// <summary>The least score a set's best grade starts at: below it the set scores one indicator (“优10分、良8-9分、中6-7分”), not the total.</summary>
    public decimal MinimumBestScore { get; init; }

    /// <summary>Any of <see cref="BelowWords"/>.</summary>
    public Regex Below => below.Value;

    private readonly Lazy<Regex> below;

    public GradeBandWords()
    {
        below = new(() => new Regex(string.Join("|", BelowWords.Select(Regex.Escape)), RegexOptions.CultureInvariant));
    }
}
