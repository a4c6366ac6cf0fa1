namespace FiscalAudit.Cli;

/// <summary>
/// A document of a run: a file on disk (<see cref="Content"/> null: read when it is checked) or an entry of an archive,
/// expanded at the start of the run and named “资料.zip/2023/决算.pdf”.
/// </summary>
public sealed record InputDocument(string Name, byte[]? Content);
