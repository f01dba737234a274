using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using ParIndex.App.Data;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// Opening the database does not build the EF model: each provider uses the compiled model in
/// src/ParIndex.App/Data/CompiledModels. When the model changes (an entity, a property, a key, an index, a mapping) and
/// the compiled one does not, this fails: regenerate both with <c>bash src/ParIndex.App/Data/CompiledModels/regenerate.sh</c>.
/// </summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=compiled-model-test.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=compiled_model_test")]
    public void The_compiled_model_is_the_model_the_context_builds(DatabaseProvider provider, string connection)
    {
        var compiled = Database.CompiledModel(provider);
        Assert.NotNull(compiled);
        using var built = Database.Open(provider, connection, compiledModel: false);
        using var opened = Database.Open(provider, connection);

        Assert.Same(compiled, opened.Model);
        Assert.Equal(built.Model.ToDebugString(MetadataDebugStringOptions.LongDefault), compiled.ToDebugString(MetadataDebugStringOptions.LongDefault));
    }
}
