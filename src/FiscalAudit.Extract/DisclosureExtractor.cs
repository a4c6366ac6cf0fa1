using FiscalAudit.Core.Documents;
using FiscalAudit.Core.Model;
using FiscalAudit.Extract.Kinds;
using FiscalAudit.Extract.Tables;
using FiscalAudit.Extract.Templates;

namespace FiscalAudit.Extract;

/// <summary>Decides what a document is, then runs every recogniser that reads that kind.</summary>
public sealed class DisclosureExtractor
{
    /// <summary>Start of the note left when a recogniser fails on unusual input.</summary>
    public const string FailurePrefix = "识别程序出错（";

    private readonly IReadOnlyList<IRecognizer> recognizers;
    private readonly DocumentClassifier classifier;

    public DisclosureExtractor(IReadOnlyList<IRecognizer> recognizers, DocumentClassifier? classifier = null)
    {
        this.recognizers = recognizers.OrderBy(r => r.Order).ToList();
        this.classifier = classifier ?? DocumentClassifier.Default;
    }

    /// <summary>Every public recogniser of this assembly with a parameterless constructor.</summary>
    public static DisclosureExtractor Default { get; } = new(
        typeof(DisclosureExtractor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRecognizer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IRecognizer)Activator.CreateInstance(t)!)
            .ToList());

    /// <summary>This extractor with the templates documents are read with replaced by <paramref name="templates"/> (user template files).</summary>
    public DisclosureExtractor With(ReadingTemplates templates) =>
        new(recognizers.Select(r => r switch
        {
            BudgetTableRecognizer => new BudgetTableRecognizer(templates),
            TableRecognizer => new TableRecognizer(templates),
            _ => r,
        }).ToList(), classifier);

    /// <summary>
    /// The disclosure read from the document, its full-width digits read as ASCII ones (<see cref="FullWidthDigits"/>);
    /// <paramref name="cancellation"/> is checked before each recogniser.
    /// </summary>
    public Disclosure Extract(SourceDocument document, CancellationToken cancellation = default)
    {
        document = FullWidthDigits.Fold(document);
        var disclosure = new Disclosure(document);
        Run(disclosure, nameof(DocumentClassifier), () => classifier.Classify(document).ApplyTo(disclosure));
        foreach (var recognizer in recognizers.Where(r => r.Kinds.Contains(disclosure.Kind)))
        {
            cancellation.ThrowIfCancellationRequested();
            Run(disclosure, recognizer.GetType().Name, () => recognizer.Recognize(document, disclosure));
        }
        return disclosure;
    }

    private static void Run(Disclosure disclosure, string step, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            disclosure.Notes.Add(new ReadNote($"{FailurePrefix}{step}，{e.GetType().Name}），这部分内容未能审核。", new SourceLocation(disclosure.File)));
        }
    }
}
