using ParIndex.Domain.Surveys;

namespace ParIndex.App.Surveys;

/// <summary>The names of question and respondent types in files, and their parsing.</summary>
public static class SurveyText
{
    public static string Name(QuestionType type) => type switch
    {
        QuestionType.Likert5 => "likert5",
        QuestionType.Single => "single",
        QuestionType.Multiple => "multiple",
        QuestionType.Number => "number",
        _ => "text",
    };

    /// <summary>A question type by name; XLSForm's select_one, select_multiple, integer and decimal are accepted too.</summary>
    public static QuestionType? Type(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "likert5" or "likert" => QuestionType.Likert5,
        "single" or "select_one" => QuestionType.Single,
        "multiple" or "select_multiple" => QuestionType.Multiple,
        "number" or "integer" or "decimal" => QuestionType.Number,
        "text" => QuestionType.Text,
        _ => null,
    };

    public static string Name(RespondentType type) => type switch
    {
        RespondentType.Business => "business",
        RespondentType.Official => "official",
        _ => "citizen",
    };

    /// <summary>A respondent type in English or Vietnamese (người dân, doanh nghiệp, cán bộ/công chức).</summary>
    public static RespondentType? Respondent(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "citizen" or "người dân" or "nguoi dan" => RespondentType.Citizen,
        "business" or "doanh nghiệp" or "doanh nghiep" => RespondentType.Business,
        "official" or "cán bộ" or "công chức" or "cán bộ, công chức" or "can bo" => RespondentType.Official,
        _ => null,
    };

    public static string Vi(RespondentType type) => type switch
    {
        RespondentType.Business => "doanh nghiệp",
        RespondentType.Official => "cán bộ, công chức",
        _ => "người dân",
    };
}
