using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

public sealed class QuestionnaireTests
{
    [Fact]
    public void The_sample_questionnaire_is_valid() => Assert.Empty(QuestionnaireValidator.Problems(Sample.Questionnaire()));

    [Fact]
    public void Problems_are_located_by_question_and_field()
    {
        var q = new Questionnaire("T", "Phiếu", null, RespondentType.Citizen,
        [
            new Section("A", "A", null,
            [
                new Question("q1", QuestionType.Single, "Một"),
                new Question("q2", QuestionType.Likert5, "Hai", ShowIf: Condition.Parse("q3 = 1")),
                new Question("q3", QuestionType.Text, "Ba", Indicator: "SIPAS.F1"),
                new Question("q2", QuestionType.Likert5, "Trùng", SipasFactor: "F9"),
                new Question("q5", QuestionType.Number, "Năm", ExpectationOf: "q3", ShowIf: Condition.Parse("zz = 1")),
                new Question("q6", QuestionType.Single, "Sáu", Choices: [new("1", "a"), new("1", "b")]),
            ]),
        ]);
        var problems = QuestionnaireValidator.Problems(q).Select(p => p.ToString()).ToList();
        Assert.Contains("q1 (choices): a Single question needs choices", problems);
        Assert.Contains("q2 (show_if): the condition reads q3, which comes later; a condition may only read earlier answers", problems);
        Assert.Contains("q3 (indicator): only Likert (1–5) questions feed indicators", problems);
        Assert.Contains("q2 (code): the code appears twice", problems);
        Assert.Contains("q2 (sipas_factor): 'F9' is not a SIPAS factor (F1–F5)", problems);
        Assert.Contains("q5 (expectation_of): an expectation question is a Likert (1–5) question", problems);
        Assert.Contains("q5 (expectation_of): q3 is not a Likert satisfaction question", problems);
        Assert.Contains("q5 (show_if): the condition reads zz, which is not a question", problems);
        Assert.Contains("q6 (choices): choice code '1' appears twice", problems);
        Assert.Equal(9, problems.Count);
    }

    private static (Dictionary<string, string[]> Answers, IReadOnlyList<SurveyProblem> Problems) Check(RespondentType type, params (string Q, string? V)[] given) =>
        ResponseValidator.Check(Sample.Questionnaire(), type, given.ToDictionary(g => g.Q, g => g.V));

    [Fact]
    public void A_complete_response_is_canonicalised()
    {
        var (answers, problems) = Check(RespondentType.Citizen, ("used", "Có"), ("online", "4"), ("channels", "tv Zalo"), ("age", "41.0"), ("a1", " 5 "));
        Assert.Empty(problems);
        Assert.Equal(["1"], answers["used"]);           // label → code
        Assert.Equal(["tv", "zalo"], answers["channels"]); // several codes, label or code, case ignored
        Assert.Equal(["41.0"], answers["age"]);
        Assert.Equal(["5"], answers["a1"]);
    }

    [Fact]
    public void Required_shown_questions_need_an_answer_and_hidden_ones_must_be_empty()
    {
        var (_, problems) = Check(RespondentType.Citizen, ("used", "2"), ("online", "5"), ("firm", "Công ty A"));
        Assert.Equal([
            "online (answer): the question is hidden (show if used = 1) but has the answer '5'",
            "firm (answer): the question is not asked of a Citizen respondent but has the answer 'Công ty A'",
            "a1 (answer): a required question has no answer",
        ], problems.Select(p => p.ToString()));

        var (_, shown) = Check(RespondentType.Citizen, ("used", "1"), ("a1", "3"));
        Assert.Equal("online (answer): a required question has no answer", Assert.Single(shown).ToString());
    }

    [Theory]
    [InlineData("a1", "6", "'6' is not a score from 1 to 5")]
    [InlineData("a1", "4.5", "'4.5' is not a score from 1 to 5")]
    [InlineData("used", "3", "'3' is not one of the choices (1, 2)")]
    [InlineData("channels", "tv radio", "'radio' is not one of the choices (tv, web, zalo)")]
    [InlineData("age", "bốn mươi", "'bốn mươi' is not a number")]
    [InlineData("nope", "1", "there is no such question")]
    public void Bad_answers_are_refused_with_the_reason(string question, string value, string message)
    {
        var given = new List<(string, string?)> { ("used", "2"), ("a1", "4") };
        given.RemoveAll(g => g.Item1 == question);
        given.Add((question, value));
        var (_, problems) = Check(RespondentType.Citizen, [.. given]);
        var problem = Assert.Single(problems);
        Assert.Equal(question, problem.Question);
        Assert.Equal(message, problem.Message);
    }
}
