using ParIndex.App.Data;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>Deadlines in Vietnam time typed in a datetime-local input (shown with <see cref="Vi.Time"/>).</summary>
public static class Times
{
    /// <summary>What the reader typed in a datetime-local input, which is Vietnam time.</summary>
    public static DateTimeOffset InVietnam(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Moment.VietnamOffset);
}
