using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

/// <summary>A small SIPAS-like questionnaire: one Likert question per factor (a2 is a second F1 question), an expectation for a1, and skip logic.</summary>
internal static class Sample
{
    public static readonly Choice[] YesNo = [new("1", "Có", "Yes"), new("2", "Không", "No")];

    public static Questionnaire Questionnaire() => new("T", "Phiếu thử", null, RespondentType.Citizen,
    [
        new Section("A", "Thông tin chung", null,
        [
            new Question("used", QuestionType.Single, "Ông/bà đã dùng dịch vụ công trực tuyến?", Required: true, Choices: YesNo),
            new Question("online", QuestionType.Likert5, "Mức hài lòng với dịch vụ trực tuyến", Required: true, ShowIf: Condition.Parse("used = 1"), Indicator: "SIPAS.DVCTT"),
            new Question("channels", QuestionType.Multiple, "Kênh thông tin", Choices: [new("tv", "Truyền hình"), new("web", "Cổng thông tin"), new("zalo", "Zalo")]),
            new Question("age", QuestionType.Number, "Tuổi"),
            new Question("firm", QuestionType.Text, "Tên doanh nghiệp", Respondent: RespondentType.Business),
        ]),
        new Section("B", "Mức độ hài lòng", null,
        [
            new Question("a1", QuestionType.Likert5, "Tiếp cận 1", Required: true, SipasFactor: "F1", Indicator: "SIPAS.F1"),
            new Question("a2", QuestionType.Likert5, "Tiếp cận 2", SipasFactor: "F1", Indicator: "SIPAS.F1"),
            new Question("b1", QuestionType.Likert5, "Thủ tục", SipasFactor: "F2", Indicator: "SIPAS.F2"),
            new Question("c1", QuestionType.Likert5, "Công chức", SipasFactor: "F3", Indicator: "SIPAS.F3", Ddci: "DDCI.CB"),
            new Question("d1", QuestionType.Likert5, "Kết quả", SipasFactor: "F4", Indicator: "SIPAS.F4"),
            new Question("e1", QuestionType.Likert5, "Góp ý", SipasFactor: "F5", Indicator: "SIPAS.F5"),
        ]),
        new Section("C", "Mong đợi", null,
        [
            new Question("x1", QuestionType.Likert5, "Mong đợi về tiếp cận", ExpectationOf: "a1"),
        ]),
    ]);

    public static Respondent R(string id, string unit, params (string Q, string V)[] answers) =>
        new(id, unit, RespondentType.Citizen, answers.ToDictionary(a => a.Q, a => a.V.Split(' '), StringComparer.OrdinalIgnoreCase));
}
