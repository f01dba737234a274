using Microsoft.AspNetCore.Identity;

namespace ParIndex.App.Data;

/// <summary>A person who signs in. Unit editors and leaders are bound to one unit.</summary>
public sealed class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }

    public int? UnitId { get; set; }

    /// <summary>When an administrator (or the secretariat, for a unit account) disabled the account; null while it may sign in.</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}
