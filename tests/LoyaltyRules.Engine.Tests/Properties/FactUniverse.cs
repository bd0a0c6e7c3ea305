namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// The fixed set of fact objects one scenario works on: customers <c>c0..c2</c> (indexes 0..2) and
/// orders <c>o0..o3</c> (indexes 3..6). Each run of a scenario gets fresh objects, so runs never share
/// mutated state; labels make values comparable across runs.
/// </summary>
internal sealed class FactUniverse
{
    public const int CustomerCount = 3;
    public const int OrderCount = 4;
    public const int Count = CustomerCount + OrderCount;

    /// <summary>The largest value of a fact's first field (customer Id, order CustomerId).</summary>
    public const int MaxFirst = 2;

    private readonly object[] _facts = new object[Count];
    private readonly Dictionary<object, string> _labels = new(ReferenceEqualityComparer.Instance);

    public FactUniverse()
    {
        for (var i = 0; i < Count; i++)
        {
            _facts[i] = IsCustomer(i) ? new Customer(LabelOf(i)) : new Order(LabelOf(i));
            _labels.Add(_facts[i], LabelOf(i));
        }
    }

    public IReadOnlyList<object> Facts => _facts;

    public static bool IsCustomer(int index) => index < CustomerCount;

    public static string LabelOf(int index) => IsCustomer(index) ? $"c{index}" : $"o{index - CustomerCount}";

    /// <summary>The largest value of a fact's second field (customer Tier, order Amount).</summary>
    public static int MaxSecond(int index) => IsCustomer(index) ? 3 : 5;

    public static string Describe(int index, int first, int second) =>
        IsCustomer(index)
            ? $"{LabelOf(index)}(Id={first},Tier={second})"
            : $"{LabelOf(index)}(CustomerId={first},Amount={second})";

    /// <summary>Sets the fields of fact <paramref name="index"/>.</summary>
    public void Assign(int index, int first, int second)
    {
        switch (_facts[index])
        {
            case Customer customer:
                customer.Id = first;
                customer.Tier = second;
                break;
            case Order order:
                order.CustomerId = first;
                order.Amount = second;
                break;
            default:
                throw new InvalidOperationException($"Unexpected fact {_facts[index]}.");
        }
    }

    /// <summary>The label of <paramref name="value"/> when it is one of this universe's objects (by reference).</summary>
    public bool TryGetLabel(object? value, out string label)
    {
        if (value is not null && _labels.TryGetValue(value, out var found))
        {
            label = found;
            return true;
        }

        label = "";
        return false;
    }
}
