using Microsoft.AspNetCore.Identity;

namespace ParIndex.App.Data;

/// <summary>A person who signs in. Unit editors and leaders are bound to one unit.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public int? UnitId { get; set; }
}
