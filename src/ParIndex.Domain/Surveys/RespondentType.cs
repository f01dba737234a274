namespace ParIndex.Domain.Surveys;

/// <summary>Who answers: a citizen (người dân), a business (doanh nghiệp) or an official (cán bộ, công chức).</summary>
public enum RespondentType
{
    Citizen,
    Business,
    Official,
}
