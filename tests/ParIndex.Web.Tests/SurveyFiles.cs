namespace ParIndex.Web.Tests;

/// <summary>
/// The survey of <see cref="FreshInstallYearTests"/>: a two-question satisfaction questionnaire whose questions feed the
/// indicator <c>SIPAS</c> (the survey rule of 2.3 in the framework template), the populations of its strata, and an
/// answers file as KoboToolbox exports it (group prefixes, metadata columns, <c>_uuid</c>).
/// </summary>
/// <remarks>
/// The measures by hand. A respondent's score is the mean of their two answers; satisfied when it is at least 4.
/// Weights N_h / n_h per stratum (unit × respondent type):
/// <list type="bullet">
/// <item>SXD: 2 citizens on the web (5,4 → 4,5 and 4,4 → 4,0: both satisfied), population 600 → weight 300 each;
/// 2 businesses in the file (2,3 → 2,5 and 3,4 → 3,5: neither), population 200 → weight 100 each.
/// Share = (300 + 300) / 800 = 75,00 % (unweighted it would be 2/4 = 50 %); n_eff = 800² / (2·300² + 2·100²) = 3,2;
/// Wilson 95 % on p = 0,75, n = 3,2: centre (0,75 + 1,96²/6,4) / (1 + 1,96²/3,2) = 0,6136, half-width 0,3477 →
/// 26,59 % – 96,13 %. Mean = (300·4,5 + 300·4 + 100·2,5 + 100·3,5) / 800 = 3,9375 → 3,94; weighted variance
/// 15,90625 − 3,9375² = 0,40234, × 3,2/2,2, ÷ 3,2 → √0,18288 = 0,42765 × 1,96 = 0,8382 → 3,10 – 4,78.</item>
/// <item>SYT: 4 citizens in the file (5,4 → 4,5 and 4,4 → 4 satisfied; 3,4 → 3,5 and 2,2 → 2 not), population 400 →
/// weight 100 each. Share 2/4 = 50,00 %; n_eff = 4; Wilson centre 0,5, half-width 0,3500 → 15,00 % – 85,00 %.
/// Mean (4,5 + 4 + 3,5 + 2) / 4 = 3,50; variance 13,125 − 12,25 = 0,875, × 4/3, ÷ 4 → √0,29167 = 0,54006 × 1,96 =
/// 1,0585 → 2,44 – 4,56.</item>
/// </list>
/// Applied to 2.3 (survey, proportional, max 1): SXD 0,75 × 1 = 0,75 points; SYT 0,50 × 1 = 0,50.
/// </remarks>
internal static class SurveyFiles
{
    public const string Code = "HL-2025";

    public const string QuestionnaireJson = """
        {"code": "HL-2025", "name": "Khảo sát sự hài lòng với các sở năm 2025", "nameEn": "Satisfaction with the departments, 2025",
         "respondent": "citizen",
         "sections": [{"code": "HL", "title": "Mức độ hài lòng", "titleEn": "Satisfaction", "questions": [
           {"code": "HL1", "type": "likert5", "label": "Cán bộ hướng dẫn hồ sơ rõ ràng, đầy đủ", "labelEn": "Clear guidance", "required": true, "indicator": "SIPAS"},
           {"code": "HL2", "type": "likert5", "label": "Kết quả được trả đúng hẹn", "labelEn": "Results on time", "required": true, "indicator": "SIPAS"}]}]}
        """;

    public const string PopulationsCsv = """
        unit,respondent,population
        SXD,citizen,600
        SXD,business,200
        SYT,citizen,400

        """;

    public const string KoboAnswersCsv = """
        start,end,grp_hl/HL1,grp_hl/HL2,unit,respondent,_id,_uuid,_submission_time,_index
        2025-03-20T08:00:00.000+07:00,2025-03-20T08:04:00.000+07:00,2,3,SXD,business,101,6f1c2a10-0001,2025-03-20T01:05:00,1
        2025-03-20T09:00:00.000+07:00,2025-03-20T09:03:00.000+07:00,3,4,SXD,business,102,6f1c2a10-0002,2025-03-20T02:04:00,2
        2025-03-21T08:00:00.000+07:00,2025-03-21T08:05:00.000+07:00,5,4,SYT,citizen,103,6f1c2a10-0003,2025-03-21T01:06:00,3
        2025-03-21T08:10:00.000+07:00,2025-03-21T08:12:00.000+07:00,4,4,SYT,citizen,104,6f1c2a10-0004,2025-03-21T01:13:00,4
        2025-03-21T08:20:00.000+07:00,2025-03-21T08:24:00.000+07:00,3,4,SYT,citizen,105,6f1c2a10-0005,2025-03-21T01:25:00,5
        2025-03-21T08:30:00.000+07:00,2025-03-21T08:31:00.000+07:00,2,2,SYT,citizen,106,6f1c2a10-0006,2025-03-21T01:32:00,6

        """;
}
