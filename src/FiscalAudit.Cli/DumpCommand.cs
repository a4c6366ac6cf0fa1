using FiscalAudit.Core.Documents;
using FiscalAudit.Ingest;

namespace FiscalAudit.Cli;

/// <summary>dump &lt;file&gt;: prints what the reader saw (blocks, cells, locations), to diagnose a layout.</summary>
public static class DumpCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        if (args.Paths.Count != 1) throw new UsageException("dump 需要且只需要一个文件。");
        SourceDocument document;
        try
        {
            document = DocumentReaders.Default.Read(args.Paths[0]);
        }
        catch (DocumentReadException e)
        {
            stdout.WriteLine(e.Message);
            return 2;
        }
        foreach (var block in document.Blocks)
        {
            var where = block.Location.Describe();
            switch (block)
            {
                case HeadingBlock h:
                    stdout.WriteLine($"[{where}] 标题{h.Level}: {h.Text}");
                    break;
                case ParagraphBlock p:
                    stdout.WriteLine($"[{where}] 段落: {p.Text}");
                    break;
                case TableBlock t:
                    stdout.WriteLine($"[{where}] 表格 {t.Rows.Count} 行 × {t.ColumnCount} 列");
                    foreach (var row in t.Rows)
                        stdout.WriteLine($"    [{row.Location.Describe()}] " + string.Join(" | ", row.Cells.Select(c => c.ColumnSpan > 1 ? $"{c.Column}:{c.Text}(跨{c.ColumnSpan})" : $"{c.Column}:{c.Text}")));
                    break;
            }
        }
        return 0;
    }
}
