using System.Net;

namespace SeatedRelease.Tests.DirectLine;

public sealed class DirectLineSwitchTests
{
    [Fact]
    public async Task Production_serves_neither_the_endpoint_nor_the_page_unless_configured()
    {
        using var factory = new DirectLineFactory("Production");
        var http = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Production_serves_both_when_enabled_in_configuration()
    {
        using var factory = new DirectLineFactory("Production", new Dictionary<string, string?> { ["DirectLine:Enabled"] = "true" });
        var http = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lib/webchat.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/lib/webchat.js")).StatusCode);
    }

    [Fact]
    public async Task Development_can_be_switched_off()
    {
        using var factory = new DirectLineFactory("Development", new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });
        var http = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/v3/directline/tokens/generate", null)).StatusCode);
    }
}
