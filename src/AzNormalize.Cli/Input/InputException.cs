namespace AzNormalize.Cli.Input;

/// <summary>An input cannot be used: it is missing, unreadable, or not UTF-8. The message names the input and is meant for users.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message for the user, naming the input.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message for the user, naming the input.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
