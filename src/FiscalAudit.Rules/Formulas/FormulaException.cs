namespace FiscalAudit.Rules.Formulas;

/// <summary>A malformed formula in a template file; the message (Chinese) names the file, the rule, the formula and the place.</summary>
public sealed class FormulaException : Exception
{
    public FormulaException(string message)
        : base(message)
    {
    }
}
