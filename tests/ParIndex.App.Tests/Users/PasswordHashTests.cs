using System.Buffers.Binary;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Users;

/// <summary>
/// The stored password hash is ASP.NET Core Identity's version 3 format: PBKDF2 with HMAC-SHA512, 100 000 iterations,
/// a 128-bit random salt and a 256-bit subkey (the figures docs/security.md states), and never the password itself.
/// </summary>
public sealed class PasswordHashTests() : ProviderTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Passwords_are_stored_as_Identity_v3_PBKDF2_SHA512_with_100000_iterations_and_a_random_salt()
    {
        const string password = "MatKhau2025Manh";
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("a.editor", password, Role.UnitEditor, "A")));
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("b.editor", password, Role.UnitEditor, "B")));
        var hashes = await World.Run(db => db.Users.Where(u => u.PasswordHash != null).OrderBy(u => u.UserName).Select(u => u.PasswordHash!).ToListAsync());

        Assert.Equal(2, hashes.Count);
        Assert.NotEqual(hashes[0], hashes[1]);
        foreach (var stored in hashes)
        {
            Assert.DoesNotContain(password, stored);
            var bytes = Convert.FromBase64String(stored);
            Assert.Equal(0x01, bytes[0]);                                               // format marker: version 3
            Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));     // KeyDerivationPrf.HMACSHA512
            Assert.Equal(100_000u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5))); // iterations
            Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9)));    // salt bytes
            Assert.Equal(1 + 4 + 4 + 4 + 16 + 32, bytes.Length);                         // header, salt, 256-bit subkey
        }
    }
}
