namespace FiscalAudit.Cli;

/// <summary>What a command accepts: its usage text, its flags (no value) and its options that take a value.</summary>
public sealed record CommandSpec(string Name, string Usage, IReadOnlySet<string> Flags, IReadOnlySet<string> Valued)
{
    public static readonly IReadOnlySet<string> HelpFlags = new HashSet<string>(StringComparer.Ordinal) { "--help", "-h" };

    public bool IsFlag(string option) => Flags.Contains(option) || HelpFlags.Contains(option);

    public bool Knows(string option) => IsFlag(option) || Valued.Contains(option);
}
