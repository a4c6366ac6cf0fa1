using FiscalAudit.Core.Data;

namespace FiscalAudit.Engine.Pairing;

/// <summary>
/// One name for the ways a department is printed (“中国共产党江苏省委员会办公厅” = “江苏省委办公厅”): the short form FA3014
/// compares names in (<see cref="DepartmentNameForms"/>, data Core/Data/department-name-forms.json), applied to
/// <see cref="DocumentPairing.DepartmentKey"/>.
/// </summary>
public static class DepartmentNames
{
    /// <summary>The department's one name, or null when the document names none.</summary>
    public static string? Canonical(string? printed) =>
        DocumentPairing.DepartmentKey(printed) is { } key ? DepartmentNameForms.Short(key) : null;
}
