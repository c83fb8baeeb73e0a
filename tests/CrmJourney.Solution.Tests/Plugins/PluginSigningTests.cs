using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using CrmJourney.Solution.Packing;
using CrmJourney.Solution.Plugins;
using CrmJourney.Solution.Tests.Support;

namespace CrmJourney.Solution.Tests.Plugins;

public sealed class PluginSigningTests
{
    [Fact]
    public void The_token_in_the_solution_files_is_the_token_of_the_committed_key_pair()
    {
        // A strong-name public key is a 12-byte header (signature algorithm RSA 0x2400, hash SHA-1 0x8004,
        // key length) followed by the CAPI PUBLICKEYBLOB whose key algorithm is also RSA signature (0x2400);
        // its token is the last 8 bytes of its SHA-1, reversed (ECMA-335 II.6.2.1.3).
        using var rsa = new RSACryptoServiceProvider();
        rsa.ImportCspBlob(File.ReadAllBytes(System.IO.Path.Combine(RepositoryRoot.Path, PluginSigning.KeyFile)));
        var blob = rsa.ExportCspBlob(includePrivateParameters: false);
        blob[4] = 0x00;
        blob[5] = 0x24;
        var publicKey = new byte[] { 0x00, 0x24, 0x00, 0x00, 0x04, 0x80, 0x00, 0x00 }
            .Concat(BitConverter.GetBytes(blob.Length))
            .Concat(blob)
            .ToArray();
        var token = SHA1.HashData(publicKey).TakeLast(8).Reverse().ToArray();

        Assert.Equal(PluginSigning.PublicKeyToken, Convert.ToHexStringLower(token));
    }

    [Fact]
    public void The_built_net462_assembly_carries_that_strong_name()
    {
        var inspection = PluginAssemblyInspector.Inspect(DeployablePlugin.Bytes(), DeployablePlugin.Path);

        Assert.Equal(PluginAssemblyDefinition.ForProductPlugins().Assembly.FullName, inspection.FullName);
        Assert.EndsWith("PublicKeyToken=" + PluginSigning.PublicKeyToken, inspection.FullName, StringComparison.Ordinal);
    }
}
