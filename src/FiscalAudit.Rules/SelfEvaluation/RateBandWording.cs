using System.Text.RegularExpressions;

namespace FiscalAudit.Rules.SelfEvaluation;

/// <summary>
/// The words of a rubric in bands (Schemes/rate-indicator.json, “bandWording”), matched on the rubric with white space removed:
/// <paramref name="Outcome"/> finds what each band scores (groups full, none, points, share, off), <paramref name="Conditions"/>
/// the rate each band starts at (groups low, closed, open) or, for the band below every other, stops at (group high), the first
/// that matches the clause before the outcome; a clause starts after the last of <paramref name="ClauseEnds"/>. A rubric holding
/// <paramref name="NotBanded"/> scores otherwise (“每降低1个百分点扣0.5分” after a band, a rate at each 季度, “酌情”, a range of
/// points “得6-8分”) and is not read as bands.
/// </summary>
public sealed record RateBandWording(string ClauseEnds, string NotBanded, string Outcome, IReadOnlyList<string> Conditions)
{
    private readonly Regex notBanded = new(NotBanded, RegexOptions.CultureInvariant);

    private readonly Regex outcome = new(Outcome, RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<Regex> conditions = Conditions.Select(c => new Regex(c, RegexOptions.CultureInvariant)).ToList();

    /// <summary>True when <paramref name="text"/> scores the rate otherwise than by bands.</summary>
    public bool ScoresOtherwise(string text) => notBanded.IsMatch(text);

    /// <summary>Every score a band states, in the order printed.</summary>
    public IEnumerable<Match> Outcomes(string text) => outcome.Matches(text);

    /// <summary>The condition of the clause that ends <paramref name="text"/>, or null when it states no rate.</summary>
    public Match? Condition(string text)
    {
        var clause = text[(text.LastIndexOfAny(ClauseEnds.ToCharArray()) + 1)..];
        return conditions.Select(c => c.Match(clause)).FirstOrDefault(m => m.Success);
    }
}
