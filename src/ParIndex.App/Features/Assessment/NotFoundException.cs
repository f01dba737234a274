namespace ParIndex.App.Features.Assessment;

public sealed class NotFoundException(string message) : Exception(message);
