using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ParIndex.App.Data;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// Opening the database does not build the EF model: each provider uses the compiled model in
/// src/ParIndex.App/Data/CompiledModels. When the model changes (an entity, a property, a key, an index, a mapping) and
/// the compiled one does not, this fails: regenerate both with <c>bash src/ParIndex.App/Data/CompiledModels/regenerate.sh</c>.
/// </summary>
public sealed partial class CompiledModelTests
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
        Assert.Equal(Designed(built.Model), Designed(compiled));
    }

    /// <summary>
    /// The model as designed: without the ad-hoc entity types that raw SQL queries (<c>SqlQuery&lt;T&gt;</c>) add to the
    /// shared compiled model at run time, which earlier tests in the same process have done.
    /// </summary>
    private static string Designed(IModel model) =>
        AdHoc().Replace(model.ToDebugString(MetadataDebugStringOptions.LongDefault), "");

    [GeneratedRegex(@"\n  Ad-hoc entity types:.*?(?=\nAnnotations:)", RegexOptions.Singleline)]
    private static partial Regex AdHoc();
}
