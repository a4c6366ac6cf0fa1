using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract;

/// <summary>Runs every recogniser in this assembly over a document.</summary>
public sealed class DisclosureExtractor
{
    private readonly IReadOnlyList<IRecognizer> recognizers;

    public DisclosureExtractor(IReadOnlyList<IRecognizer> recognizers)
    {
        this.recognizers = recognizers.OrderBy(r => r.Order).ToList();
    }

    /// <summary>Every public recogniser of this assembly with a parameterless constructor.</summary>
    public static DisclosureExtractor Default { get; } = new(
        typeof(DisclosureExtractor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRecognizer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IRecognizer)Activator.CreateInstance(t)!)
            .ToList());

    public Disclosure Extract(SourceDocument document)
    {
        var disclosure = new Disclosure(document);
        foreach (var recognizer in recognizers) recognizer.Recognize(document, disclosure);
        return disclosure;
    }
}
