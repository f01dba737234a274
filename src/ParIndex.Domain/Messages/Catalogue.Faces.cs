namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    /// <summary>The families of the App's refusals, imports, files and the command line's and API's own words.</summary>
    private static IEnumerable<(string Code, string Vi, string En)> FaceTexts() =>
        AccessTexts().Concat(ApiTexts()).Concat(EvidenceTexts()).Concat(BackupTexts()).Concat(FrameworkTexts()).Concat(PeriodTexts());
}
