"""Hybrid logical clock stamps: 48-bit UTC milliseconds, 16-bit counter, device id.

The encoded form sorts as text in stamp order, so SQL can compare stamps directly.
"""
from __future__ import annotations

from dataclasses import dataclass

_COUNTER_MAX = 0xFFFF


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:012x}-{self.counter:04x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> "Stamp":
        wall, counter, device = text.split("-", 2)
        return cls(int(wall, 16), int(counter, 16), device)


def tick(last: Stamp | None, now_ms: int, device: str) -> Stamp:
    """The next local stamp: never repeats and never goes back, even if the PC clock does."""
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, device)
    if last.counter < _COUNTER_MAX:
        return Stamp(last.wall_ms, last.counter + 1, device)
    return Stamp(last.wall_ms + 1, 0, device)


def receive(last: Stamp | None, remote: Stamp, now_ms: int, device: str) -> Stamp:
    """The local stamp after seeing a remote one: above both, as the HLC paper says."""
    top = max(last, remote) if last else remote
    if now_ms > top.wall_ms:
        return Stamp(now_ms, 0, device)
    return tick(Stamp(top.wall_ms, top.counter, device), now_ms, device)
