using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>The fields of the unit form, kept as typed when the use case refuses them.</summary>
public sealed class UnitInput
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? NameEn { get; set; }

    public UnitType Type { get; set; } = UnitType.Department;

    public string Group { get; set; } = "";

    public string? ParentCode { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    /// <summary>The form fields the use case names its problems after.</summary>
    public static readonly string[] Fields = ["code", "name", "group", "type", "parent", "valid_to"];

    public static UnitInput Of(UnitRow u) => new()
    {
        Code = u.Code, Name = u.Name, NameEn = u.NameEn, Type = u.Type, Group = u.Group, ParentCode = u.ParentCode, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo,
    };
}
