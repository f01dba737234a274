namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> PageTexts() =>
    [
        ("actor.person", "{0}", "{0}"),
        ("actor.operator", "Quản trị qua dòng lệnh", "Administrator (command line)"),
        ("actor.survey-respondent", "Người trả lời khảo sát", "Survey respondent"),
        ("upload.too-large", "Tệp quá lớn: tối đa {0} MB", "The file is too large: at most {0} MB"),
    ];
}
