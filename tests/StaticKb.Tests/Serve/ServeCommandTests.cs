using System.Net;
using System.Net.Sockets;
using StaticKb.Cli;
using StaticKb.Tests.Serve.Support;

namespace StaticKb.Tests.Serve;

/// <summary>The ways <c>statickb serve</c> refuses to start, each with a message that says what to do.</summary>
public sealed class ServeCommandTests
{
    private static (int Exit, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void A_folder_without_site_yml_is_not_served()
    {
        using var project = ServeProject.Create();
        File.Delete(project.Full("site.yml"));
        var (exit, stderr) = Run("serve", "--project", project.Root, "--open-browser", "false");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("has no site.yml", stderr);
        Assert.False(Directory.Exists(project.Full("_site.serve")));
    }

    [Fact]
    public void A_port_in_use_is_reported_with_a_hint()
    {
        using var project = ServeProject.Create();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, stderr) = Run("serve", "--project", project.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--open-browser", "false");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", stderr);
        Assert.Contains("choose another with --port", stderr);
    }

    [Fact]
    public void A_serve_folder_that_statickb_did_not_make_is_left_alone()
    {
        using var project = ServeProject.Create();
        project.Write("_site.serve/notes.txt", "someone's files");
        var (exit, stderr) = Run("serve", "--project", project.Root, "--port", "1", "--open-browser", "false");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("was not made by statickb", stderr);
        Assert.Equal("someone's files", project.Read("_site.serve/notes.txt"));
    }
}
