using System.Globalization;
using System.Text;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Features.Users;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Crash;

/// <summary>Inputs large enough that importing them takes the <c>parindex</c> process a few seconds to kill it in.</summary>
internal static class LargeInputs
{
    private const int Areas = 20;
    private const int LeavesPerArea = 50;

    public const int WorksheetRows = Areas * LeavesPerArea;

    public const int SurveyRows = 5_000;

    /// <summary>
    /// A period open now (the executable runs on the real clock) under a framework of <see cref="Areas"/> ×
    /// <see cref="LeavesPerArea"/> sub-criteria, and unit A's worksheet with every one of them filled in.
    /// </summary>
    public static async Task<(int PeriodId, string Worksheet)> WorksheetAsync(World world)
    {
        var framework = Path.Combine(Repo.TempDir(), "lon.json");
        await File.WriteAllTextAsync(framework, LargeFrameworkJson());
        var now = DateTimeOffset.UtcNow;
        world.Clock.Now = now;
        await world.Run(db => new ImportFrameworkHandler(db, world.Clock).HandleAsync(world.Admin, new ImportFramework(framework)));
        var deadlines = new PeriodDeadlines(now.AddDays(-1), now.AddDays(30), now.AddDays(60), now.AddDays(90), now.AddDays(120));
        var periodId = (await world.Run(db => new CreatePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat,
            new CreatePeriod(now.Year + 1, "Kỳ lớn", deadlines, ["LON"], ["A"])))).Id;
        await world.Run(db => new AdvancePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new AdvancePeriod(periodId)));
        await world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin, new AddUser("a.editor", "Mat-khau-dai-2026!", Role.UnitEditor, "A")));

        var exported = await world.Run(db => new ExportWorksheetHandler(db, world.Clock).HandleAsync(world.Editor("A"), new ExportWorksheet(periodId, "A")));
        var sheets = XlsxReader.Read(exported, "lon.xlsx");
        var rows = sheets[0].Rows.Select(r => r.Cast<object?>().ToList()).ToList();
        foreach (var row in rows.Where(r => r.Count > 0 && r[0] is string code && code.Count(c => c == '.') == 1))
        {
            while (row.Count <= 7) row.Add(null);
            row[5] = "0.1";
            row[7] = "Đã thực hiện theo kế hoạch";
        }
        var path = Path.Combine(Repo.TempDir(), "lon-A.xlsx");
        await File.WriteAllBytesAsync(path, XlsxWriter.Write([new Sheet(sheets[0].Name, [.. rows]), .. sheets.Skip(1).Select(s => new Sheet(s.Name, [.. s.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList())]))]));
        return (periodId, path);
    }

    /// <summary>
    /// <see cref="SurveyFiles"/>' questionnaire defined as a survey, and a Kobo-style export of <see cref="SurveyRows"/>
    /// responses about units A–D (q2 answered only by those who came online, as its condition asks).
    /// </summary>
    public static async Task<string> SurveyAsync(World world)
    {
        var dir = Repo.TempDir();
        await world.Run(db => new DefineSurveyHandler(db, world.Clock).HandleAsync(world.Secretariat,
            new DefineSurvey(SurveyFiles.Write(dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025)));
        var csv = new StringBuilder("_uuid,unit,respondent,grp_a/kenh,grp_b/q1,grp_b/q2,grp_b/ghi_chu,_submission_time\n");
        for (var i = 0; i < SurveyRows; i++)
        {
            var online = i % 3 == 0;
            csv.Append(CultureInfo.InvariantCulture,
                $"r{i},{World.UnitCodes[i % 4]},citizen,{(online ? 2 : 1)},{i % 5 + 1},{(online ? (i / 5 % 5 + 1).ToString(CultureInfo.InvariantCulture) : "")},\"Góp ý số {i}, cảm ơn\",2025-03-01\n");
        }
        return SurveyFiles.Write(dir, "kobo-export.csv", csv.ToString());
    }

    private static string LargeFrameworkJson()
    {
        var json = new StringBuilder("""{"code": "LON", "name": "Bộ chỉ số lớn", "group": "Sở, ban, ngành", "bands": [{"label": "Tốt", "min": 50}, {"label": "Yếu", "min": 0}], "nodes": [""");
        for (var a = 1; a <= Areas; a++)
        {
            if (a > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $$"""{"code": "{{a}}", "name": "Lĩnh vực {{a}}", "max": {{LeavesPerArea / 10m}}, "children": [""");
            for (var l = 1; l <= LeavesPerArea; l++)
                json.Append(CultureInfo.InvariantCulture, $$$"""{{{(l > 1 ? "," : "")}}}{"code": "{{{a}}}.{{{l}}}", "name": "Tiêu chí {{{a}}}.{{{l}}}", "max": 0.1, "rule": {"kind": "manual"}}""");
            json.Append("]}");
        }
        return json.Append("]}").ToString();
    }
}
