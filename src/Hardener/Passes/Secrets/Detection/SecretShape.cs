namespace Hardener.Passes.Secrets.Detection;

/// <summary>The recognisable form of a literal secret, kept when the literal is replaced so the app receives the same kind of value.</summary>
public enum SecretShape
{
    /// <summary>No form worth keeping.</summary>
    Free,

    /// <summary>Only hexadecimal digits, such as the output of <c>openssl rand -hex 32</c>.</summary>
    Hex,

    /// <summary>Standard base64 with consistent length and padding.</summary>
    Base64,

    /// <summary>A UUID such as <c>3f2504e0-4f89-11d3-9a0c-0305e82c3301</c>.</summary>
    Uuid,
}
