namespace FiscalAudit.Ingest.Ofd;

/// <summary>A part of an OFD package is missing or malformed: <see cref="Part"/> names it, <see cref="Problem"/> says what is wrong (Chinese).</summary>
internal sealed class OfdPartException(string part, string problem) : Exception($"{part}: {problem}")
{
    public string Part { get; } = part;

    public string Problem { get; } = problem;
}
