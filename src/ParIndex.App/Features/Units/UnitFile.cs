using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Units;

/// <summary>The format of a units or lineage file, chosen by the file's extension.</summary>
public enum UnitFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// The columns, words and dates of the units file (<c>code,name,type,group,parent,valid_from,valid_to,name_en</c>)
/// and the lineage file (<c>from,to,kind,date,weight</c>), shared by their import and export so that an export
/// reads back as it was written.
/// </summary>
public static class UnitFile
{
    public static readonly string[] UnitColumns = ["code", "name", "type", "group", "parent", "valid_from", "valid_to", "name_en"];

    public static readonly string[] LineageColumns = ["from", "to", "kind", "date", "weight"];

    public const int MaxCodeLength = 64;

    /// <summary>The format a path's extension names (.csv, .txt or .xlsx).</summary>
    public static UnitFileFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => UnitFileFormat.Xlsx,
        ".csv" or ".txt" => UnitFileFormat.Csv,
        var ext => throw new ImportException([new ImportProblem(path, ReaderMessages.WrongExtension(ext))]),
    };

    /// <summary>English names as written on export; English or Vietnamese accepted on import.</summary>
    public static string TypeText(UnitType type) => type.ToString().ToLowerInvariant();

    public static UnitType? ParseType(string text) => Fold(text) switch
    {
        "ministry" or "bộ" => UnitType.Ministry,
        "province" or "tỉnh" => UnitType.Province,
        "department" or "sở" => UnitType.Department,
        "district" or "huyện" => UnitType.District,
        "commune" or "xã" => UnitType.Commune,
        "other" or "khác" => UnitType.Other,
        _ => null,
    };

    public static string KindText(LineageKind kind) => kind.ToString().ToLowerInvariant();

    public static LineageKind? ParseKind(string text) => Fold(text) switch
    {
        "merge" or "sáp nhập" => LineageKind.Merge,
        "rename" or "đổi tên" => LineageKind.Rename,
        "split" or "chia tách" => LineageKind.Split,
        _ => null,
    };

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// yyyy-MM-dd or dd/MM/yyyy; in a workbook also a date cell, which Excel stores as a serial day number.
    /// </summary>
    public static DateOnly? ParseDate(string text, bool spreadsheet)
    {
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (spreadsheet && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial)
            && serial >= 1 && serial < 2958466 && serial == Math.Floor(serial))
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    public static string WeightText(decimal weight) => weight.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A positive number with '.' or ',' as the decimal mark (Vietnamese Excel writes commas).</summary>
    public static decimal? ParseWeight(string text)
    {
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var w) && w > 0)
            return Math.Round(w, 6); // a workbook may store 0.45 as 0.45000000000000001
        return null;
    }

    /// <summary>What is wrong with a unit code (empty, too long, with spaces), or null.</summary>
    public static Message? CodeProblem(string code) =>
        code.Length == 0 ? UnitMessages.CodeEmpty()
        : code.Length > MaxCodeLength ? UnitMessages.CodeTooLong(MaxCodeLength)
        : code.Any(char.IsWhiteSpace) ? UnitMessages.CodeSpaces(code)
        : null;

    /// <summary>A lineage kind in words, in the reader's language.</summary>
    public static Message KindWords(LineageKind kind) => kind switch
    {
        LineageKind.Merge => UnitMessages.Merge(),
        LineageKind.Rename => UnitMessages.Rename(),
        _ => UnitMessages.Split(),
    };

    /// <summary>The loop through a unit's parents, or null when the chain ends.</summary>
    public static List<string>? Loop(string code, Dictionary<string, string> parentOf)
    {
        var chain = new List<string> { code };
        var current = code;
        while (parentOf.TryGetValue(current, out var next))
        {
            if (string.Equals(next, code, StringComparison.OrdinalIgnoreCase)) { chain.Add(next); return chain; }
            if (chain.Contains(next, StringComparer.OrdinalIgnoreCase)) return null; // a loop above this unit: reported on its own rows
            chain.Add(next);
            current = next;
        }
        return null;
    }

    /// <summary>A unit's fields as the audit log records them, by the file's column names.</summary>
    internal static Dictionary<string, string?> AuditFields(Unit u, IReadOnlyDictionary<int, string> codeById) => new()
    {
        ["name"] = u.Name,
        ["type"] = TypeText(u.Type),
        ["group"] = u.Group,
        ["parent"] = u.Parent?.Code ?? (u.ParentId is { } id ? codeById[id] : null),
        ["valid_from"] = u.ValidFrom is { } f ? DateText(f) : null,
        ["valid_to"] = u.ValidTo is { } t ? DateText(t) : null,
        ["name_en"] = u.NameEn,
    };

    /// <summary>A set of fields as compact JSON for the audit log, Vietnamese letters kept readable.</summary>
    internal static string AuditJson(IReadOnlyDictionary<string, string?> fields) =>
        JsonSerializer.Serialize(fields, AuditOptions);

    private static readonly JsonSerializerOptions AuditOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Fold(string text) => text.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
