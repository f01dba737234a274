using Microsoft.AspNetCore.Identity;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>An Identity error that says what is wrong from the catalogue; its <see cref="IdentityError.Description"/> is the Vietnamese.</summary>
public sealed class SaidIdentityError : IdentityError
{
    public SaidIdentityError(string code, Message says)
    {
        Code = code;
        Description = says.ToString();
        Says = says;
    }

    public Message Says { get; }

    /// <summary>What an Identity error says: from the catalogue when ours, else Identity's own text as it came.</summary>
    public static Message Of(IdentityError error) => error is SaidIdentityError said ? said.Says : Message.Plain(error.Description);
}
