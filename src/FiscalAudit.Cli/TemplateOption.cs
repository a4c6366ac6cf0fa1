using FiscalAudit.Core.Templates;
using FiscalAudit.Engine.Templates;
using FiscalAudit.Rules.Formulas;

namespace FiscalAudit.Cli;

/// <summary>--templates DIR: the embedded templates plus the template files of DIR; a file that cannot be used is a usage error.</summary>
public static class TemplateOption
{
    public static TemplateLibrary Read(CliArguments args)
    {
        try
        {
            return TemplateLibrary.From(args.Option("--templates"));
        }
        catch (Exception e) when (e is TemplateFileException or FormulaException)
        {
            throw new UsageException(e.Message);
        }
    }
}
