using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoyaltyRules.Cli.Hosting;

/// <summary>Sends requests to the host with the API key, and reads its answers and problem details.</summary>
internal sealed class HostClient(HttpClient http, Uri host, string apiKey) : IDisposable
{
    public Uri Host { get; } = host;

    public Task<HostResponse> GetAsync(string path, CancellationToken cancellation) => SendAsync(HttpMethod.Get, path, null, cancellation);

    public Task<HostResponse> PostAsync(string path, object body, CancellationToken cancellation) => SendAsync(HttpMethod.Post, path, body, cancellation);

    public void Dispose() => http.Dispose();

    private async Task<HostResponse> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(method, new Uri(Host, path));
        request.Headers.Add("X-Api-Key", apiKey);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellation).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
            return new HostResponse(response.StatusCode, text, response.Headers.Location);
        }
        catch (HttpRequestException ex)
        {
            throw new HostUnreachableException($"cannot reach the host at {Host}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellation.IsCancellationRequested)
        {
            throw new HostUnreachableException($"the host at {Host} did not answer in time", ex);
        }
    }
}

/// <summary>What the host answered.</summary>
internal sealed record HostResponse(HttpStatusCode Status, string Body, Uri? Location)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public JsonElement Json() => JsonDocument.Parse(Body).RootElement;

    /// <summary>A problem's title and detail, and its field errors one per line; the raw body when it is not a problem.</summary>
    public string Problem()
    {
        try
        {
            var problem = Json();
            var lines = new List<string> { string.Join(": ", new[] { Text(problem, "title"), Text(problem, "detail") }.Where(t => t.Length > 0)) };
            if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                lines.AddRange(errors.EnumerateObject().SelectMany(field => field.Value.EnumerateArray().Select(message => $"  {field.Name}: {message.GetString()}")));
            }

            return string.Join(Environment.NewLine, lines);
        }
        catch (JsonException)
        {
            return $"{(int)Status} {Status}: {Body}";
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
