namespace LoyaltyRules.Engine.Agenda;

/// <summary>The agenda: a binary heap of pending activations in <see cref="ActivationOrder"/>, with O(log n) removal.</summary>
internal sealed class ActivationQueue
{
    private Activation[] _heap = new Activation[16];

    public int Count { get; private set; }

    public void Add(Activation activation)
    {
        if (activation.HeapIndex >= 0)
        {
            return;
        }

        if (Count == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }

        Count++;
        Up(activation, Count - 1);
    }

    public bool TryTake(out Activation activation)
    {
        if (Count == 0)
        {
            activation = null!;
            return false;
        }

        activation = _heap[0];
        RemoveAt(0);
        return true;
    }

    public void Remove(Activation activation)
    {
        if (activation.HeapIndex >= 0)
        {
            RemoveAt(activation.HeapIndex);
        }
    }

    /// <summary>The pending activations in firing order (a sorted copy).</summary>
    public List<Activation> Snapshot()
    {
        var list = new List<Activation>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(_heap[i]);
        }

        list.Sort(ActivationOrder.Compare);
        return list;
    }

    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _heap[i].HeapIndex = -1;
            _heap[i] = null!;
        }

        Count = 0;
    }

    private void RemoveAt(int index)
    {
        var removed = _heap[index];
        removed.HeapIndex = -1;
        Count--;
        var last = _heap[Count];
        _heap[Count] = null!;
        if (index == Count)
        {
            return;
        }

        if (index > 0 && ActivationOrder.Compare(last, _heap[(index - 1) >> 1]) < 0)
        {
            Up(last, index);
        }
        else
        {
            Down(last, index);
        }
    }

    /// <summary>Moves <paramref name="item"/> up from the free slot <paramref name="index"/>; each slot is written once (a reference store costs a write barrier).</summary>
    private void Up(Activation item, int index)
    {
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (ActivationOrder.Compare(item, _heap[parent]) >= 0)
            {
                break;
            }

            Place(_heap[parent], index);
            index = parent;
        }

        Place(item, index);
    }

    /// <summary>Moves <paramref name="item"/> down from the free slot <paramref name="index"/>.</summary>
    private void Down(Activation item, int index)
    {
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && ActivationOrder.Compare(_heap[child + 1], _heap[child]) < 0)
            {
                child++;
            }

            if (ActivationOrder.Compare(_heap[child], item) >= 0)
            {
                break;
            }

            Place(_heap[child], index);
            index = child;
        }

        Place(item, index);
    }

    private void Place(Activation activation, int index)
    {
        _heap[index] = activation;
        activation.HeapIndex = index;
    }
}
