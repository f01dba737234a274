using System.Globalization;
using ParIndex.App.Data;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>Times as the unit reads them, in Vietnam time: "31/03/2025 17:00", "14:32".</summary>
public static class Times
{
    public static string At(DateTimeOffset t) => Moment.InVietnam(t).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset t) => Moment.InVietnam(t).ToString("HH:mm", CultureInfo.InvariantCulture);
}
