using LoyaltyRules.Host.Configuration;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Security;
using LoyaltyRules.Host.Simulations;
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
builder.Services.AddLoyaltySimulations();
builder.Services.AddOptions<InputOptions>()
    .Bind(builder.Configuration.GetSection(InputOptions.Section))
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapScalarApiReference();
app.UseMiddleware<RequestSizeLimitMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthEndpoints();
app.MapSweepEndpoints();
app.MapCustomerEndpoints();
app.MapRuleSetEndpoints();
app.MapAuditEndpoints();
app.MapSimulationEndpoints();
app.MapMeasureEndpoints();

await app.RunAsync().ConfigureAwait(false);
