namespace ParIndex.App.Tests.Surveys;

/// <summary>
/// A small survey for <see cref="Data.World"/>: q1 (Likert, required) feeds the indicator SIPAS of World's leaf 2.3 and
/// factor F1; "kenh" is how the respondent came (1 in person, 2 online); q2 (Likert) is asked only of those who came
/// online (show if kenh = 2) and feeds F2; "ghi_chu" is free text.
/// </summary>
internal static class SurveyFiles
{
    public const string Code = "KS-TEST";

    public const string QuestionnaireJson = """
        {"code": "KS-TEST", "name": "Khảo sát thử", "respondent": "citizen",
         "lists": {"kenh": [{"code": "1", "label": "Trực tiếp", "labelEn": "In person"}, {"code": "2", "label": "Trực tuyến", "labelEn": "Online"}]},
         "sections": [
          {"code": "A", "title": "Thông tin chung", "questions": [
            {"code": "kenh", "type": "single", "label": "Ông/bà nộp hồ sơ theo cách nào?", "required": true, "list": "kenh"}]},
          {"code": "B", "title": "Mức độ hài lòng", "questions": [
            {"code": "q1", "type": "likert5", "label": "Hài lòng chung", "required": true, "sipasFactor": "F1", "indicator": "SIPAS"},
            {"code": "q2", "type": "likert5", "label": "Hài lòng với dịch vụ trực tuyến", "showIf": "kenh = 2", "sipasFactor": "F2"},
            {"code": "ghi_chu", "type": "text", "label": "Góp ý"}]}]}
        """;

    /// <summary>
    /// Answers for the bridge, worked by hand. A: citizens q1 = 5, 4, 3, 2 (population 400 → weight 100 each) and one
    /// business q1 = 5 (population 300 → weight 300): satisfied weight 100 + 100 + 300 of 700 = 5/7 = 0.714286.
    /// B: 4, 5, 5 → 1. C: 4, 3 → 0.5. D: one response, below a minimum of 2.
    /// </summary>
    public const string AnswersCsv = """
        _uuid,unit,respondent,grp_a/kenh,grp_b/q1,grp_b/q2,grp_b/ghi_chu,_submission_time
        a1,A,citizen,Trực tiếp,5,,,2025-03-01
        a2,A,citizen,2,4,5,"Nhanh, gọn",2025-03-01
        a3,A,citizen,1,3,,,2025-03-02
        a4,A,citizen,1,2,,,2025-03-02
        a5,A,business,1,5,,,2025-03-03
        b1,B,citizen,1,4,,,2025-03-01
        b2,B,citizen,1,5,,,2025-03-01
        b3,B,citizen,2,5,4,,2025-03-02
        c1,C,citizen,1,4,,,2025-03-01
        c2,C,citizen,1,3,,,2025-03-01
        d1,D,citizen,1,5,,,2025-03-01

        """;

    public const string PopulationsCsv = """
        unit,respondent,population
        A,citizen,400
        A,business,300
        B,citizen,100
        C,citizen,50
        D,citizen,10

        """;

    public static string Write(string dir, string name, string text)
    {
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }
}
