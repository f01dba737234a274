namespace ParIndex.Domain.Workflow;

/// <summary>An illegal workflow step. The message is bilingual (Vietnamese / English) and says why it was refused.</summary>
public sealed class WorkflowException(string message) : Exception(message);
