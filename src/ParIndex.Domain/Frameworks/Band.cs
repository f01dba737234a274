namespace ParIndex.Domain.Frameworks;

/// <summary>A classification band (xếp loại): units whose index is at or above <see cref="Min"/> and below the next band up.</summary>
public sealed record Band(string Label, decimal Min, string? LabelEn = null);
