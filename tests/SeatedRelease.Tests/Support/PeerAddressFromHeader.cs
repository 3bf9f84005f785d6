using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace SeatedRelease.Tests.Support;

/// <summary>
/// The in-memory server gives a request no peer address; this gives it the one its test named in a header, so
/// limits per address and trusted proxies can be tried without sockets.
/// </summary>
public sealed class PeerAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (IPAddress.TryParse(http.Request.Headers[Header].ToString(), out var address))
            {
                http.Connection.RemoteIpAddress = address;
            }

            return following(http);
        });
        next(app);
    };
}
