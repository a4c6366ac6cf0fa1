using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalAudit.Core.Data;
using FiscalAudit.Extract.Narrative;

namespace FiscalAudit.Extract.SelfEvaluation;

/// <summary>The words of <see cref="StatedResultParser"/>, loaded from stated-results.json (embedded), where each is described.</summary>
internal sealed class StatedResultWords
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static StatedResultWords Default { get; } = EmbeddedJson.Load<StatedResultWords>(typeof(StatedResultWords).Assembly, "stated-results.json", Options);

    public List<string> ScoreWords { get; init; } = new();

    public List<string> ScoreUnits { get; init; } = new();

    /// <summary>A rate (group rate) and, in the next clause, a score (score) with its unit (unit).</summary>
    public Regex RateAndScore => rateAndScore.Value;

    private readonly Lazy<Regex> rateAndScore;

    public StatedResultWords()
    {
        rateAndScore = new(() =>
        {
            const string number = @"\d+(?:\.\d+)?";
            return new Regex(
                $"{Regex.Escape(EvaluationMarkers.StatedResult)}(?<rate>{number}%)[，,。；;](?:{LabelWordsFile.Alternatives(ScoreWords)})为(?<score>{number})(?<unit>{LabelWordsFile.Alternatives(ScoreUnits)})",
                RegexOptions.CultureInvariant);
        });
    }
}
