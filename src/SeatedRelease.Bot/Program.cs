using SeatedRelease.Bot.Alexa;
using SeatedRelease.Bot.DirectLine;
using SeatedRelease.Bot.Hosting;

// The one configuration file lives at the repo root and is copied beside the binaries; read it from there
// whatever the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://localhost:3978");
}
await builder.Services.AddPracticeBotAsync(builder.Configuration, CancellationToken.None);
builder.Services.AddLocalDirectLine(builder.Configuration, builder.Environment);
builder.Services.AddAlexa(builder.Configuration);

var app = builder.Build();
app.MapPracticeBot();
app.MapCues();
app.MapSkillManifest();
app.MapStreaming(); // Direct Line Speech
app.MapLocalDirectLine();
app.MapAlexa();
await app.RunAsync();

/// <summary>The host's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
