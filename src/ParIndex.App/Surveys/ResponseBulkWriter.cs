using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ParIndex.App.Data;

namespace ParIndex.App.Surveys;

/// <summary>
/// Appends imported responses inside the unit of work's open transaction, without EF's change tracking: PostgreSQL's
/// binary COPY through Npgsql, and on SQLite one prepared statement inserting <see cref="RowsPerInsert"/> rows at a time.
/// Nothing is visible before the transaction commits, and nothing remains if it rolls back. Table and column names come
/// from the EF model.
/// </summary>
internal abstract class ResponseBulkWriter : IAsyncDisposable
{
    private const int RowsPerInsert = 64;

    public static async Task<ResponseBulkWriter> OpenAsync(AppDbContext db, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(SurveyResponse))!;
        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        string Column(string property) => "\"" + entity.FindProperty(property)!.GetColumnName(store) + "\"";
        var columns = string.Join(", ", new[]
        {
            nameof(SurveyResponse.SurveyId), nameof(SurveyResponse.UnitCode), nameof(SurveyResponse.Respondent), nameof(SurveyResponse.RespondentId),
            nameof(SurveyResponse.AnswersJson), nameof(SurveyResponse.Source), nameof(SurveyResponse.ReceivedAt),
        }.Select(Column));
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
            return new Copy(await npgsql.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct));
        return new Inserts(connection, db.Database.CurrentTransaction!.GetDbTransaction(), table, columns);
    }

    public abstract ValueTask AddAsync(SurveyResponse response, CancellationToken ct);

    /// <summary>Sends what is still buffered; the rows are written when the transaction commits.</summary>
    public abstract Task CompleteAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();

    private sealed class Copy(NpgsqlBinaryImporter importer) : ResponseBulkWriter
    {
        public override async ValueTask AddAsync(SurveyResponse r, CancellationToken ct)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(r.SurveyId, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(r.UnitCode, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(r.Respondent.ToString(), NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(r.RespondentId, NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(r.AnswersJson, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(r.Source.ToString(), NpgsqlDbType.Varchar, ct);
            await importer.WriteAsync(r.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
        }

        public override async Task CompleteAsync(CancellationToken ct) => await importer.CompleteAsync(ct);

        // Without CompleteAsync (the import was refused) disposing cancels the COPY.
        public override ValueTask DisposeAsync() => importer.DisposeAsync();
    }

    private sealed class Inserts : ResponseBulkWriter
    {
        private const int Columns = 7;

        private readonly DbCommand _many;
        private readonly DbCommand _one;
        private readonly List<SurveyResponse> _pending = new(RowsPerInsert);

        public Inserts(DbConnection connection, DbTransaction transaction, string table, string columns)
        {
            _many = Command(connection, transaction, table, columns, RowsPerInsert);
            _one = Command(connection, transaction, table, columns, 1);
        }

        private static DbCommand Command(DbConnection connection, DbTransaction transaction, string table, string columns, int rows)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES "
                + string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, Columns).Select(c => $"@p{r * Columns + c}")) + ")"));
            for (var i = 0; i < rows * Columns; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{i}";
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            return command;
        }

        public override async ValueTask AddAsync(SurveyResponse response, CancellationToken ct)
        {
            _pending.Add(response);
            if (_pending.Count < RowsPerInsert) return;
            await RunAsync(_many, _pending, ct);
            _pending.Clear();
        }

        public override async Task CompleteAsync(CancellationToken ct)
        {
            foreach (var response in _pending) await RunAsync(_one, [response], ct);
            _pending.Clear();
        }

        private static async Task RunAsync(DbCommand command, IReadOnlyList<SurveyResponse> rows, CancellationToken ct)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var p = command.Parameters;
                var at = r * Columns;
                p[at].Value = rows[r].SurveyId;
                p[at + 1].Value = rows[r].UnitCode;
                p[at + 2].Value = rows[r].Respondent.ToString();
                p[at + 3].Value = rows[r].RespondentId;
                p[at + 4].Value = rows[r].AnswersJson;
                p[at + 5].Value = rows[r].Source.ToString();
                p[at + 6].Value = rows[r].ReceivedAt;
            }
            await command.ExecuteNonQueryAsync(ct);
        }

        public override async ValueTask DisposeAsync()
        {
            await _many.DisposeAsync();
            await _one.DisposeAsync();
        }
    }
}
