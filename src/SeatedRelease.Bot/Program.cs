using SeatedRelease.Bot.DirectLine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLocalDirectLine(builder.Configuration, builder.Environment);
var app = builder.Build();
app.MapLocalDirectLine();

app.MapGet("/", () => "Hello World!");

app.Run();
