using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Scoreboard;

/// <summary>The province scoreboard: importing external index figures (all or nothing, no silent overwrite) and the trends.</summary>
public abstract class ScoreboardTests(DatabaseProvider provider) : ProviderTest(provider)
{
    /// <summary>PAR INDEX 2021, 2022 and 2024 (no 2023); SIPAS 2023 without a rank, 2024 with one; a local index DDCI.</summary>
    internal const string Figures = """
        index,name,name_en,year,score,rank,out_of,source
        DDCI,Chỉ số năng lực cạnh tranh cấp sở (DDCI),,2024,71.5,3,20,Hiệp hội Doanh nghiệp tỉnh
        PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2021,86.12,24,63,Quyết định 1000/QĐ-BNV
        PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2022,84.35,31,63,Quyết định 2000/QĐ-BNV
        par_index,Chỉ số cải cách hành chính (PAR INDEX),PAR INDEX,2024,89.41,12,63,Quyết định 3000/QĐ-BNV
        SIPAS,Chỉ số hài lòng (SIPAS),,2023,83.74,,,Bộ Nội vụ
        SIPAS,Chỉ số hài lòng (SIPAS),,2024,82.9,26,63,Bộ Nội vụ
        """;

    private protected static string Write(string name, string text)
    {
        var path = Path.Combine(Repo.TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    private protected Task<ScoreboardImport> ImportAsync(string path, bool replace = false, Actor? actor = null) =>
        World.Run(db => new ImportScoreboardHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, new ImportScoreboard(path, replace)));

    private protected Task<IReadOnlyList<ScoreboardIndex>> ScoreboardAsync() =>
        World.Run(db => new GetScoreboardHandler(db).HandleAsync(new GetScoreboard()));

    private protected Task<(int Scores, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.ExternalIndexScores.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Imports_every_index_and_computes_the_changes_worked_by_hand()
    {
        Assert.Equal(new ScoreboardImport(6, 0, 0), await ImportAsync(Write("chi-so.csv", Figures)));

        var board = await ScoreboardAsync();

        // The usual indices first in their usual order, then the others by code.
        Assert.Equal(["PAR_INDEX", "SIPAS", "DDCI"], board.Select(i => i.Code));
        var par = board[0];
        Assert.Equal("Chỉ số cải cách hành chính (PAR INDEX)", par.Name); // the latest year's name
        Assert.Equal([2021, 2022, 2024], par.Years.Select(y => y.Year));
        Assert.Equal(new ScoreboardYear(2021, 86.12m, 24, 63, "Quyết định 1000/QĐ-BNV", null, null, null), par.Years[0]);
        // 2022: 84.35 − 86.12 = −1.77; rank 24 → 31 is 7 places lost.
        Assert.Equal(new ScoreboardYear(2022, 84.35m, 31, 63, "Quyết định 2000/QĐ-BNV", 2021, -1.77m, -7), par.Years[1]);
        // 2024 against 2022 (no 2023 figure): 89.41 − 84.35 = +5.06; rank 31 → 12 is 19 places gained.
        Assert.Equal(new ScoreboardYear(2024, 89.41m, 12, 63, "Quyết định 3000/QĐ-BNV", 2022, 5.06m, 19), par.Years[2]);
        var sipas = board[1];
        // 82.9 − 83.74 = −0.84; 2023 has no rank, so no rank change.
        Assert.Equal(new ScoreboardYear(2024, 82.9m, 26, 63, "Bộ Nội vụ", 2023, -0.84m, null), sipas.Years[1]);
        Assert.Null(sipas.NameEn);
        Assert.Equal(71.5m, board[2].Latest.Score);

        var audit = await World.Run(db => db.Audit.Where(a => a.Action == "scoreboard.create").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(6, audit.Count);
        Assert.Equal("u-snv", audit[1].Actor);
        Assert.Equal("PAR_INDEX/2021", audit[1].EntityKey);
        Assert.Contains("\"score\":\"86.12\"", audit[1].NewValue);
    }

    [Fact]
    public async Task Vietnamese_headers_and_a_decimal_comma_are_read_too()
    {
        var path = Write("chi-so-tinh.csv", "chi_so;ten;nam;diem;hang;tren_tong;nguon\nPCI;Chỉ số PCI;2024;68,3;17;63;VCCI\n");

        Assert.Equal(new ScoreboardImport(1, 0, 0), await ImportAsync(path));

        var pci = Assert.Single(await ScoreboardAsync());
        Assert.Equal(("PCI", 68.3m, 17, 63), (pci.Code, pci.Latest.Score, pci.Latest.Rank, pci.Latest.OutOf));
    }

    [Fact]
    public async Task A_bad_file_lists_every_problem_by_row_and_column_and_writes_nothing()
    {
        var path = Write("chi-so.csv", """
            index,name,year,score,rank,out_of,source
            PCI,Chỉ số PCI,2024,68.3,17,63,VCCI
            PCI,Chỉ số PCI,2024,68.3,17,63,VCCI
            PAPI,,2024,42.61,29,63,UNDP
            ICT,Chỉ số DTI,năm 2024,0.58,19,63,Bộ TT&TT
            SIPAS,Chỉ số SIPAS,2024,tám mươi,70,63,
            PAR INDEX,Chỉ số CCHC,2024,89.41,,63,Bộ Nội vụ
            """);
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        string At(int line, string column) => Assert.Single(e.Problems, p => p.Line == line && p.Column == column).Message;
        Assert.Contains("PCI năm 2024 xuất hiện hai lần (lần đầu ở dòng 2)", At(3, "3 (year)"));
        Assert.Contains("Chỉ số PAPI không có tên", At(4, "2 (name)"));
        Assert.Contains("“năm 2024” không phải năm", At(5, "3 (year)"));
        Assert.Contains("“tám mươi” không phải điểm", At(6, "4 (score)"));
        Assert.Contains("Hạng 70 lớn hơn tổng số 63", At(6, "5 (rank)"));
        Assert.Contains("cần ghi nguồn", At(6, "7 (source)"));
        Assert.Contains("chỉ được có chữ, số", At(7, "1 (index)"));
        Assert.Contains("Có tổng số 63 mà không có hạng", At(7, "5 (rank)"));
        Assert.Equal(8, e.Problems.Count);
        Assert.All(e.Problems, p => Assert.Equal(path, p.File));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_missing_column_is_named_and_nothing_is_written()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(Write("chi-so.csv", "index,name,year,score,source\nPCI,PCI,2024,68.3,VCCI\n")));

        Assert.Equal(2, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Message.StartsWith("thiếu cột “rank” (hoặc “hang”)", StringComparison.Ordinal) && p.Line == 1);
        Assert.Contains(e.Problems, p => p.Message.StartsWith("thiếu cột “out_of”", StringComparison.Ordinal));
        Assert.Equal(0, (await CountsAsync()).Scores);
    }

    [Fact]
    public async Task A_different_figure_for_a_recorded_year_is_a_located_conflict_naming_the_recorded_value_and_nothing_is_written()
    {
        await ImportAsync(Write("chi-so.csv", Figures));
        var before = await CountsAsync();
        var path = Write("sua.csv", """
            index,name,name_en,year,score,rank,out_of,source
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2021,86.12,24,63,Quyết định 1000/QĐ-BNV
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2022,85.1,29,63,Quyết định 2001/QĐ-BNV
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2025,90.02,8,34,Quyết định 4000/QĐ-BNV
            """);

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        var conflict = Assert.Single(e.Problems);
        Assert.Equal((3, "5 (score)"), (conflict.Line, conflict.Column));
        Assert.Contains("PAR_INDEX năm 2022 đã có: điểm 84,35, hạng 31/63, nguồn Quyết định 2000/QĐ-BNV", conflict.Message);
        Assert.Contains("chọn thay thế để ghi đè", conflict.Message);
        Assert.Equal(before, await CountsAsync());
        var par = (await ScoreboardAsync())[0];
        Assert.Equal(84.35m, par.Years.Single(y => y.Year == 2022).Score);
        Assert.DoesNotContain(par.Years, y => y.Year == 2025);
    }

    [Fact]
    public async Task With_replace_a_recorded_figure_is_replaced_and_audited_old_to_new_and_equal_rows_are_left_unchanged()
    {
        await ImportAsync(Write("chi-so.csv", Figures));
        var path = Write("sua.csv", """
            index,name,name_en,year,score,rank,out_of,source
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2021,86.12,24,63,Quyết định 1000/QĐ-BNV
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2022,85.1,29,63,Quyết định 2001/QĐ-BNV
            PAR_INDEX,Chỉ số CCHC (PAR INDEX),PAR INDEX,2025,90.02,8,34,Quyết định 4000/QĐ-BNV
            """);

        Assert.Equal(new ScoreboardImport(1, 1, 1), await ImportAsync(path, replace: true, actor: World.Admin));

        var par = (await ScoreboardAsync())[0];
        // 2022 now 85.1 (rank 29): −1.02 and 5 places lost on 2021; 2024 against it: +4.31 and 17 gained.
        Assert.Equal(new ScoreboardYear(2022, 85.1m, 29, 63, "Quyết định 2001/QĐ-BNV", 2021, -1.02m, -5), par.Years[1]);
        Assert.Equal((4.31m, 17), (par.Years[2].DeltaScore!.Value, par.Years[2].DeltaRank!.Value));
        Assert.Equal(new ScoreboardYear(2025, 90.02m, 8, 34, "Quyết định 4000/QĐ-BNV", 2024, 0.61m, 4), par.Years[3]);
        var replaced = Assert.Single(await World.Run(db => db.Audit.Where(a => a.Action == "scoreboard.replace").ToListAsync()));
        Assert.Equal(("PAR_INDEX/2022", World.Admin.UserId), (replaced.EntityKey, replaced.Actor));
        Assert.Contains("\"score\":\"84.35\"", replaced.OldValue);
        Assert.Contains("\"rank\":\"31\"", replaced.OldValue);
        Assert.Contains("\"score\":\"85.1\"", replaced.NewValue);
        Assert.Contains("2001/QĐ-BNV", replaced.NewValue);
    }

    [Fact]
    public async Task Only_the_secretariat_and_the_administrator_import()
    {
        var path = Write("chi-so.csv", Figures);
        var before = await CountsAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(path, actor: World.Editor("A")));
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(path, actor: World.Council));

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(0, before.Scores);
    }
}

public sealed class ScoreboardTestsOnSqlite() : ScoreboardTests(DatabaseProvider.Sqlite);

public sealed class ScoreboardTestsOnPostgres() : ScoreboardTests(DatabaseProvider.Postgres);
