using System.Globalization;
using ParIndex.App.Data;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>Deadlines in Vietnam time: shown as dd/MM/yyyy HH:mm, and read from or written to a datetime-local input.</summary>
public static class Times
{
    public static string Text(DateTimeOffset t) => Moment.InVietnam(t).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> showing this instant in Vietnam time.</summary>
    public static string Input(DateTimeOffset t) => Moment.InVietnam(t).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What the reader typed in a datetime-local input, which is Vietnam time.</summary>
    public static DateTimeOffset InVietnam(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Moment.VietnamOffset);
}
