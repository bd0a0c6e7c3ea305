namespace LoyaltyRules.Engine;

/// <summary>
/// Objects a session rents and returns: after the first few evaluations a pooled session allocates
/// none. Plain arrays, no collection types: this sits on every evaluation's path, and shared generic
/// code over collections pays for runtime type lookups.
/// </summary>
internal sealed class Arena<T>
    where T : class, new()
{
    private readonly Func<int, T>? _create;
    private Slot[] _items = new Slot[16];
    private Slot[] _free = new Slot[16];
    private int _created;
    private int _freeCount;

    /// <summary>An arena of objects made with <c>new</c>.</summary>
    public Arena()
    {
    }

    /// <summary>An arena whose objects are made by <paramref name="create"/>, given the index they will have (<see cref="this[int]"/>).</summary>
    public Arena(Func<int, T> create) => _create = create;

    /// <summary>How many objects the arena holds (live or free).</summary>
    public int Capacity => _created;

    /// <summary>The <paramref name="index"/>th object; the first <see cref="UsedCount"/> were handed out since the last <see cref="TakeBackAll"/>.</summary>
    public T this[int index] => _items[index].Item;

    public int UsedCount { get; private set; }

    public T Rent()
    {
        if (_freeCount > 0)
        {
            return _free[--_freeCount].Item;
        }

        if (UsedCount < _created)
        {
            return _items[UsedCount++].Item;
        }

        return Grow();
    }

    /// <summary>Gives an object back for reuse in this evaluation (the caller cleared it).</summary>
    public void Return(T item)
    {
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++].Item = item;
    }

    /// <summary>Takes every object back (the caller cleared the used ones).</summary>
    public void TakeBackAll()
    {
        if (_freeCount > 0)
        {
            Array.Clear(_free, 0, _freeCount);
            _freeCount = 0;
        }

        UsedCount = 0;
    }

    private T Grow()
    {
        if (_created == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var item = _create is null ? new T() : _create(_created);
        _items[_created++].Item = item;
        UsedCount++;
        return item;
    }

    /// <summary>Wraps an element: storing a struct skips the covariance check a <typeparamref name="T"/>[] store makes in shared generic code.</summary>
    private struct Slot
    {
        public T Item;
    }
}
