using ParIndex.App.Features.Surveys;

namespace ParIndex.App.Tests.Surveys;

/// <summary>The survey's ledger note read back into its two languages for the score trace, and nothing else taken for one.</summary>
public sealed class SurveyReasonTests
{
    [Fact]
    public void A_survey_name_with_a_slash_stays_in_the_vietnamese_half()
    {
        var source = ApplySurveyHandler.ReadReason("Khảo sát SIPAS-25 (Người dân / doanh nghiệp): SIPAS = 80% hài lòng (điểm ≥ 4/5), 40 người trả lời / Survey SIPAS-25: SIPAS = 80% satisfied (score ≥ 4 of 5), 40 respondents");
        Assert.NotNull(source);
        Assert.Equal("Khảo sát SIPAS-25 (Người dân / doanh nghiệp): SIPAS = 80% hài lòng (điểm ≥ 4/5), 40 người trả lời", source.Vi);
        Assert.Equal("Survey SIPAS-25: SIPAS = 80% satisfied (score ≥ 4 of 5), 40 respondents", source.En);
    }

    [Theory]
    [InlineData("Kết quả điều tra xã hội học 2025")]
    [InlineData("Khảo sát lại tại đơn vị / checked again on site")]
    [InlineData("Theo biên bản / Survey minutes")]
    public void An_appraisers_own_reason_is_not_a_survey_source(string note) => Assert.Null(ApplySurveyHandler.ReadReason(note));
}
