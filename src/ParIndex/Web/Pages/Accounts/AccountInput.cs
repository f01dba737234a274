using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Accounts;

/// <summary>The fields of the create and edit forms, kept as typed when the use case refuses them.</summary>
public sealed class AccountInput
{
    public string UserName { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public Role Role { get; set; } = Role.UnitEditor;

    public string? UnitCode { get; set; }

    /// <summary>The form fields the use cases name their problems after.</summary>
    public static readonly string[] Fields = ["user", "role", "unit", "email"];
}
