from hypothesis import given, strategies as st

from storage import hlc


@given(st.lists(st.integers(min_value=0, max_value=2**47), min_size=1, max_size=60))
def test_local_stamps_strictly_increase_whatever_the_clock_does(clock_readings):
    last = None
    encoded = []
    for now in clock_readings:
        last = hlc.tick(last, now, "dev-a")
        encoded.append(last.encode())
    assert encoded == sorted(encoded)
    assert len(set(encoded)) == len(encoded)


@given(st.integers(0, 2**47), st.integers(0, 2**47), st.integers(0, 2**16 - 1), st.integers(0, 2**47))
def test_receive_is_above_both(local_ms, remote_ms, remote_counter, now):
    local = hlc.tick(None, local_ms, "dev-a")
    remote = hlc.Stamp(remote_ms, remote_counter, "dev-b")
    after = hlc.receive(local, remote, now, "dev-a")
    assert after.encode() > local.encode()
    assert (after.wall_ms, after.counter) > (remote.wall_ms, remote.counter)
    assert hlc.Stamp.decode(after.encode()) == after
