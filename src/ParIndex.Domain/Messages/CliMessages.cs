namespace ParIndex.Domain.Messages;

/// <summary>What the command line says around the messages it prints.</summary>
public static class CliMessages
{
    public static Message NothingWritten(int problems) => new("cli.nothing-written", problems);
}
