namespace LoyaltyRules.Engine.Rete;

/// <summary>The typed indexes of a hashed join. Buckets are pooled, so a reused session allocates nothing.</summary>
internal sealed class HashedJoinMemory<TKey>(TypedJoinHashing<TKey> hashing, NodeRules rules) : HashedJoinMemory
    where TKey : struct
{
    private readonly Dictionary<TKey, List<Fact>> _right = [];
    private readonly Dictionary<Fact, TKey> _rightKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TKey, List<Token>> _left = [];
    private readonly Dictionary<Token, TKey> _leftKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<List<Fact>> _freeFactBuckets = new();
    private readonly Stack<List<Token>> _freeTokenBuckets = new();

    public override void AddRight(Fact fact) => Index(_right, _rightKeys, _freeFactBuckets, fact, hashing.RightKey(fact.Object, rules));

    public override void RemoveRight(Fact fact)
    {
        if (_rightKeys.Remove(fact, out var key))
        {
            Unbucket(_right, key, fact, _freeFactBuckets);
        }
    }

    public override void RekeyRight(Fact fact) => Rekey(_right, _rightKeys, _freeFactBuckets, fact, hashing.RightKey(fact.Object, rules));

    public override void AddLeft(Token token) => Index(_left, _leftKeys, _freeTokenBuckets, token, hashing.LeftKey(token, rules));

    public override void RemoveLeft(Token token)
    {
        if (_leftKeys.Remove(token, out var key))
        {
            Unbucket(_left, key, token, _freeTokenBuckets);
        }
    }

    public override void RekeyLeft(Token token) => Rekey(_left, _leftKeys, _freeTokenBuckets, token, hashing.LeftKey(token, rules));

    public override List<Fact>? RightMatches(Token left) =>
        _right.TryGetValue(hashing.LeftKey(left, rules), out var bucket) ? bucket : null;

    public override List<Token>? LeftMatches(Fact right) =>
        _left.TryGetValue(hashing.RightKey(right.Object, rules), out var bucket) ? bucket : null;

    public override void ClearLeft()
    {
        Recycle(_left, _freeTokenBuckets);
        _leftKeys.Clear();
        LeftIndexed = false;
    }

    public override void ClearRight()
    {
        Recycle(_right, _freeFactBuckets);
        _rightKeys.Clear();
    }

    private static void Index<T>(Dictionary<TKey, List<T>> index, Dictionary<T, TKey> keys, Stack<List<T>> free, T item, TKey key)
        where T : class
    {
        keys[item] = key;
        Bucket(index, key, free).Add(item);
    }

    /// <summary>Moves an item to the bucket of its new key, if the key changed.</summary>
    private static void Rekey<T>(Dictionary<TKey, List<T>> index, Dictionary<T, TKey> keys, Stack<List<T>> free, T item, TKey key)
        where T : class
    {
        if (keys.TryGetValue(item, out var old))
        {
            if (EqualityComparer<TKey>.Default.Equals(old, key))
            {
                return;
            }

            Unbucket(index, old, item, free);
        }

        Index(index, keys, free, item, key);
    }

    private static List<T> Bucket<T>(Dictionary<TKey, List<T>> index, TKey key, Stack<List<T>> free)
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            bucket = free.Count > 0 ? free.Pop() : [];
            index[key] = bucket;
        }

        return bucket;
    }

    private static void Unbucket<T>(Dictionary<TKey, List<T>> index, TKey key, T item, Stack<List<T>> free)
        where T : class
    {
        if (!index.TryGetValue(key, out var bucket))
        {
            return;
        }

        // Keep insertion order within the bucket (matches are then found in fact order).
        for (var i = 0; i < bucket.Count; i++)
        {
            if (ReferenceEquals(bucket[i], item))
            {
                bucket.RemoveAt(i);
                break;
            }
        }

        if (bucket.Count == 0)
        {
            index.Remove(key);
            free.Push(bucket);
        }
    }

    private static void Recycle<T>(Dictionary<TKey, List<T>> index, Stack<List<T>> free)
    {
        foreach (var bucket in index.Values)
        {
            bucket.Clear();
            free.Push(bucket);
        }

        index.Clear();
    }
}
