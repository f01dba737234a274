namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    /// <summary>The families of the App's imports, files, accounts, demo and composite (issue 15's last glued texts).</summary>
    private static IEnumerable<(string Code, string Vi, string En)> AppTexts() =>
        WorksheetTexts().Concat(ReaderTexts()).Concat(ScoreboardTexts()).Concat(UnitTexts()).Concat(DemoTexts()).Concat(SurveyTexts()).Concat(UserTexts()).Concat(StepTexts());
}
