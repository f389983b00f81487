using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LeadBot.Bot.Dashboard;

/// <summary>
/// The stored form of a local dashboard user's password: <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in
/// base64, the hash 32 bytes). PBKDF2 is what Python's hashlib and .NET both have, so an admin can make a hash with
/// either (README). Verification is constant-time.
/// </summary>
public sealed record PasswordHash(int Iterations, byte[] Salt, byte[] Hash)
{
    public const string Format = "pbkdf2-sha256$ITERATIONS$SALT$HASH";
    private const string Prefix = "pbkdf2-sha256";

    /// <summary>Fewer iterations would make a leaked configuration cheap to brute-force.</summary>
    public const int MinimumIterations = 100_000;

    public const int DefaultIterations = 600_000;

    public static bool TryParse(string? text, out PasswordHash? hash)
    {
        hash = null;
        var parts = (text ?? "").Trim().Split('$');
        if (parts.Length != 4 || parts[0] != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < MinimumIterations || iterations > 10_000_000)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var value = Convert.FromBase64String(parts[3]);
            if (salt.Length < 16 || value.Length != 32)
            {
                return false;
            }

            hash = new PasswordHash(iterations, salt, value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static PasswordHash Create(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return new PasswordHash(iterations, salt, Derive(password, salt, iterations));
    }

    public bool Matches(string? password) =>
        CryptographicOperations.FixedTimeEquals(Derive(password ?? "", Salt, Iterations), Hash);

    public override string ToString() =>
        string.Join('$', Prefix, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(Salt), Convert.ToBase64String(Hash));

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, 32);
}
