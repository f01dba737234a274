using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Tests.Surveys;

/// <summary>
/// The links handed back for download or print are only open links of that survey, and the survey list counts the
/// links issued and answered and the responses stored.
/// </summary>
public abstract class SurveyLinksTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Only_the_survey_s_unanswered_links_come_back_with_their_unit_and_the_list_counts_them()
    {
        var dir = Repo.TempDir();
        var file = SurveyFiles.Write(dir, "ks.json", SurveyFiles.QuestionnaireJson);
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(file, 2025)));
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(file, 2026, Code: "KS-KHAC")));
        Task<IReadOnlyList<string>> Issue(string survey, string unit, int count) => World.Run(db =>
            new IssueSurveyInvitationsHandler(db, World.Clock).HandleAsync(World.Secretariat, new IssueSurveyInvitations(survey, unit, RespondentType.Official, count)));
        var ours = await Issue(SurveyFiles.Code, "C", 3);
        var theirs = await Issue("KS-KHAC", "A", 1);
        // The second link has been answered since.
        await World.Run(async db =>
        {
            var hash = SurveyToken.Hash(ours[1]);
            var answered = await db.SurveyInvitations.SingleAsync(i => i.Sha256 == hash);
            answered.SubmittedAt = Moment.Of(World.On(3, 1));
            await db.SaveChangesAsync();
        });
        await World.Run(db => new ImportResponsesHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new ImportResponses(SurveyFiles.Code, SurveyFiles.Write(dir, "answers.csv", SurveyFiles.AnswersCsv))));
        var surveys = await World.Run(db => new ListSurveysHandler(db).HandleAsync(World.Secretariat, new ListSurveys()));
        var id = surveys.Single(s => s.Code == SurveyFiles.Code).Id;

        var links = await World.Run(db => new ReadSurveyLinksHandler(db).HandleAsync(World.Secretariat,
            new ReadSurveyLinks(id, [ours[0], ours[1], ours[2], theirs[0], "khong-phai-ma", ours[0]])));

        Assert.Equal([(ours[0], "C", "Sở C"), (ours[2], "C", "Sở C")], links.Select(l => (l.Token, l.UnitCode, l.UnitName)));
        Assert.All(links, l => Assert.Equal(RespondentType.Official, l.Respondent));
        // Newest year first; 11 responses imported into KS-TEST; 3 links issued, 1 answered.
        Assert.Equal([("KS-KHAC", 2026, 0, 1, 0), (SurveyFiles.Code, 2025, 11, 3, 1)],
            surveys.Select(s => (s.Code, s.Year, s.Responses, s.LinksIssued, s.LinksAnswered)));
        Assert.All(surveys, s => Assert.Equal(4, s.Questions));
        Assert.Single(await World.Run(db => new ListSurveysHandler(db).HandleAsync(World.Secretariat, new ListSurveys(id))));
        await Assert.ThrowsAsync<ParIndex.App.Security.ForbiddenException>(() => World.Run(db => new ListSurveysHandler(db).HandleAsync(World.Council, new ListSurveys())));
    }
}

public sealed class SurveyLinksTestsOnSqlite() : SurveyLinksTests(DatabaseProvider.Sqlite);

public sealed class SurveyLinksTestsOnPostgres() : SurveyLinksTests(DatabaseProvider.Postgres);
