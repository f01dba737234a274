namespace ParIndex.App.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
