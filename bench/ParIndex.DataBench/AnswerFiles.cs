using System.Globalization;
using System.Text;

namespace ParIndex.DataBench;

/// <summary>
/// A KoboToolbox-style export of answers to the sample SIPAS questionnaire (samples/surveys/sipas.json, 30
/// questions): <c>answers.csv</c> with a UUID, the unit, Kobo's metadata and group prefixes, every condition respected
/// (A3 only for online applicants, F5_1–F5_3 and MD_5 only after a complaint) and a free-text comment on one row in
/// four; and <c>units.csv</c>, the units the answers are about, to import first.
/// </summary>
internal static class AnswerFiles
{
    private static readonly string[] Channels = ["truc_tiep", "buu_chinh", "truc_tuyen"];
    private static readonly string[] Sources = ["niem_yet", "cong_ttdt", "nguoi_quen", "khac"];

    private static readonly string[] Likert =
    [
        "F1_1", "F1_2", "F1_3", "F1_4", "F2_1", "F2_2", "F2_3", "F2_4", "F3_1", "F3_2", "F3_3", "F3_4", "F4_1", "F4_2", "F4_3",
    ];

    public static void Write(string dir, int rows, int units)
    {
        var codes = Enumerable.Range(1, units).Select(i => $"DV{i:D4}").ToList();
        using (var file = new StreamWriter(Path.Combine(dir, "units.csv")))
        {
            file.Write("code,name,type,group\n");
            foreach (var code in codes) file.Write($"{code},Bộ phận một cửa {code},department,\"Sở, ban, ngành\"\n");
        }
        var random = new Random(20250331);
        using var csv = new StreamWriter(Path.Combine(dir, "answers.csv"), false, new UTF8Encoding(false), 1 << 16);
        csv.Write("start,end,_uuid,unit,respondent,grp_a/A1,grp_a/A2,grp_a/A3,grp_a/A4,");
        csv.Write(string.Join(',', Likert.Select(q => $"grp_f/{q}")));
        csv.Write(",grp_f/F5_0,grp_f/F5_1,grp_f/F5_2,grp_f/F5_3,grp_f/TT_1,grp_m/MD_1,grp_m/MD_2,grp_m/MD_3,grp_m/MD_4,grp_m/MD_5,grp_m/MD_6,_submission_time\n");
        var line = new StringBuilder();
        var bytes = new byte[16];
        for (var i = 0; i < rows; i++)
        {
            line.Clear();
            random.NextBytes(bytes);
            var day = 1 + i % 28;
            line.Append(CultureInfo.InvariantCulture, $"2025-03-{day:D2}T08:{i % 60:D2}:00.000+07:00,2025-03-{day:D2}T08:{(i + 7) % 60:D2}:00.000+07:00,{new Guid(bytes)},{codes[i % units]},citizen,");
            var channel = Channels[random.Next(3)];
            line.Append(channel).Append(',');
            line.AppendJoin(' ', Sources.Where(_ => random.Next(3) == 0)).Append(',');
            if (channel == "truc_tuyen") line.Append(Score(random));
            line.Append(',').Append(random.Next(1, 5)).Append(',');
            foreach (var _ in Likert) line.Append(Score(random)).Append(',');
            var complained = random.Next(10) == 0;
            line.Append(complained ? '1' : '2').Append(',');
            for (var k = 0; k < 3; k++) line.Append(complained ? Score(random) : "").Append(',');
            line.Append(Score(random)).Append(',');
            for (var k = 0; k < 4; k++) line.Append(Score(random)).Append(',');
            if (complained) line.Append(Score(random));
            line.Append(',');
            if (i % 4 == 0) line.Append(CultureInfo.InvariantCulture, $"\"Góp ý số {i}: thủ tục nhanh, cán bộ nhiệt tình, nên rút ngắn thời gian chờ\"");
            line.Append(CultureInfo.InvariantCulture, $",2025-03-{day:D2}T09:00:00.000+07:00\n");
            csv.Write(line);
        }
    }

    private static string Score(Random random) => random.Next(100) switch
    {
        < 5 => "1",
        < 12 => "2",
        < 30 => "3",
        < 70 => "4",
        _ => "5",
    };
}
