using System.Linq.Expressions;

namespace LoyaltyRules.Core.Schema;

/// <summary>
/// An attribute rules can read: of the customer, or of an event of some kind. The rule language
/// checks names and types against these and reads the value through <see cref="Accessor"/>.
/// </summary>
/// <param name="Name">The name rules write, lower case with underscores (<c>loan_balance</c>, <c>referred.first_purchase</c>).</param>
/// <param name="Type">The value's type.</param>
/// <param name="Optional">True when the value may be missing (a survey without an NPS answer); comparisons with a missing value are false.</param>
/// <param name="Description">What it is, for the language reference and for error messages.</param>
/// <param name="Accessor">A lambda from the fact (<c>CustomerFact</c> or the kind's event fact) to the value.</param>
public sealed record AttributeDefinition(string Name, ValueKind Type, bool Optional, string Description, LambdaExpression Accessor)
{
    /// <summary>The fact type the accessor reads.</summary>
    public Type FactType => Accessor.Parameters[0].Type;

    /// <summary>The CLR type of the value the accessor returns.</summary>
    public Type ClrType => Accessor.ReturnType;

    /// <summary>An attribute read by a lambda.</summary>
    internal static AttributeDefinition Of<TFact, TValue>(string name, ValueKind type, string description, Expression<Func<TFact, TValue>> accessor) =>
        new(name, type, IsOptional(typeof(TValue)), description, accessor);

    /// <summary>A text attribute that may be missing (reference types carry no nullability at run time, so say it).</summary>
    internal static AttributeDefinition OptionalText<TFact>(string name, string description, Expression<Func<TFact, string?>> accessor) =>
        new(name, ValueKind.Text, true, description, accessor);

    private static bool IsOptional(Type type) => Nullable.GetUnderlyingType(type) is not null;
}
