namespace ParIndex.App.Security;

/// <summary>The actor may not do this, or not on this unit.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
