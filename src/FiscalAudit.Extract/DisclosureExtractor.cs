using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;

namespace FiscalAudit.Extract;

/// <summary>Runs every recogniser in this assembly over a document.</summary>
public sealed class DisclosureExtractor
{
    /// <summary>Start of the note left when a recogniser fails on unusual input.</summary>
    public const string FailurePrefix = "识别程序出错（";

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
        foreach (var recognizer in recognizers)
        {
            try
            {
                recognizer.Recognize(document, disclosure);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                disclosure.Notes.Add(new ReadNote($"{FailurePrefix}{recognizer.GetType().Name}，{e.GetType().Name}），这部分内容未能审核。", new SourceLocation(document.File)));
            }
        }
        return disclosure;
    }
}
