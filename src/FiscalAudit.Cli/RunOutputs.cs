using FiscalAudit.Cli.Outputs;

namespace FiscalAudit.Cli;

/// <summary>The outputs of one check run, opened from its options: the chosen report, annotated PDFs, the decisions file.</summary>
public sealed class RunOutputs : IDisposable
{
    private RunOutputs(IReadOnlyList<IResultSink> all)
    {
        All = all;
    }

    public IReadOnlyList<IResultSink> All { get; }

    public static RunOutputs Open(CheckOptions options, InputFiles inputs, CliConsole console)
    {
        var sinks = new List<IResultSink>();
        if (options.Out is null)
        {
            sinks.Add(options.Format == "json" ? new JsonSink(new TextWriterStream(console.Out)) : new TextSink(console.Out, options.Explain));
        }
        else
        {
            sinks.Add(options.Format switch
            {
                "json" => new JsonSink(OutputPaths.Create(options.Out)),
                "xlsx" => new XlsxSink(options.Out),
                "docx" => DocxSink.For(options.Out, inputs.ToCheck.Count),
                _ => new TextFileSink(options.Out, options.Explain),
            });
            sinks.Add(new SummarySink(console.Out, options.Out));
        }
        if (options.AnnotateFolder is not null) sinks.Add(new AnnotateSink(options.AnnotateFolder, console.Error, inputs.Load));
        if (options.WriteReview is not null) sinks.Add(new ReviewFileSink(options.WriteReview));
        return new RunOutputs(sinks);
    }

    public void Dispose()
    {
        foreach (var sink in All.OfType<IDisposable>()) sink.Dispose();
    }
}
