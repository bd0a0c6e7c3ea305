using LoyaltyRules.Host.Configuration;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Security;
using LoyaltyRules.Host.Storage;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<RulesOptions>()
    .Bind(builder.Configuration.GetSection(RulesOptions.Section))
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<RulesOptions>, RulesOptionsValidator>();
builder.Services.AddLoyaltyStorage(builder.Configuration);
builder.Services.AddLoyaltyEvaluation(builder.Configuration);
builder.Services.AddLoyaltySecurity(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapScalarApiReference();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthEndpoints();
app.MapSweepEndpoints();
app.MapRuleSetEndpoints();

await app.RunAsync().ConfigureAwait(false);
