namespace ParIndex.App.Security;

/// <summary>The actor may not do this, or not on this unit (or, as <c>AccountDisabledException</c>, may do nothing at all).</summary>
public class ForbiddenException(string message) : Exception(message);
