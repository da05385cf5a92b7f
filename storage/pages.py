"""Which table a database page belongs to, for verify's damaged pages.

This SQLCipher build has neither the dbstat nor the sqlite_dbpage virtual table, and after a page fails its HMAC
the connection refuses every further read, so the b-trees are walked here: each page of the file (overlaid with the
WAL's frames) is decrypted with the key (SQLCipher 4 defaults: AES-256-CBC, 4,096-byte pages, 80 reserved bytes),
and the interior pages, overflow chains and freelist say which b-tree each page number belongs to. A damaged page is
found through its parent, whose pointer to it is intact.
"""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # a 16-byte IV, then a 64-byte HMAC-SHA512
USABLE = PAGE - RESERVE
SALT = 16
WAL_HEADER, FRAME_HEADER = 32, 24
LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX = 13, 5, 10, 2


def _decrypt(key: bytes, raw: bytes, number: int) -> bytes:
    """The page as SQLite sees it (page 1's first 16 bytes, the salt, come back as zeros)."""
    start = SALT if number == 1 else 0
    iv = raw[USABLE:USABLE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return bytes(start) + decryptor.update(raw[start:USABLE]) + decryptor.finalize()


def read_pages(database: Path, key_hex: str) -> dict[int, bytes]:
    """Every page of the file, decrypted, with the WAL's newest frame of a page in place of the file's copy."""
    key, found = bytes.fromhex(key_hex), {}
    data = Path(database).read_bytes()
    for index in range(len(data) // PAGE):
        found[index + 1] = data[index * PAGE:(index + 1) * PAGE]
    wal = Path(str(database) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for offset in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset:offset + 4], "big")
            if number:
                found[number] = frames[offset + FRAME_HEADER:offset + step]
    return {number: _decrypt(key, raw, number) for number, raw in found.items()}


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        if at + i >= len(data):
            break
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return value, at + 9


def _local(payload: int, kind: int) -> int:
    """How much of a cell's payload stays on its page (SQLite's file format, section 1.6)."""
    most = USABLE - 35 if kind == LEAF_TABLE else (USABLE - 12) * 64 // 255 - 23
    if payload <= most:
        return payload
    least = (USABLE - 12) * 32 // 255 - 23
    local = least + (payload - least) % (USABLE - 4)
    return local if local <= most else least


def _children(page: bytes, number: int) -> tuple[list[int], list[int]]:
    """(child pages, first overflow pages) named by a b-tree page; nothing for a page that makes no sense."""
    head = 100 if number == 1 else 0
    kind = page[head]
    if kind not in (LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX):
        return [], []
    interior = kind in (INTERIOR_TABLE, INTERIOR_INDEX)
    cells = int.from_bytes(page[head + 3:head + 5], "big")
    pointers = head + (12 if interior else 8)
    children, overflows = [], []
    if interior:
        children.append(int.from_bytes(page[head + 8:head + 12], "big"))
    for i in range(min(cells, (USABLE - pointers) // 2)):
        at = int.from_bytes(page[pointers + 2 * i:pointers + 2 * i + 2], "big")
        if not 0 < at < USABLE - 4:
            continue
        if interior:
            children.append(int.from_bytes(page[at:at + 4], "big"))
            at += 4
        if kind == INTERIOR_TABLE:
            continue
        payload, at = _varint(page, at)
        if kind == LEAF_TABLE:
            _, at = _varint(page, at)
        local = _local(payload, kind)
        if local < payload and at + local + 4 <= USABLE:
            overflows.append(int.from_bytes(page[at + local:at + local + 4], "big"))
    return children, overflows


def owners(pages: dict[int, bytes], roots: dict[int, str]) -> dict[int, str]:
    """Page number -> what it belongs to ("table audit", "index …", "free space"), from the b-tree roots."""
    owner: dict[int, str] = {}
    for root, name in roots.items():
        todo = [root]
        while todo:
            number = todo.pop()
            if number in owner or number not in pages:
                continue
            owner[number] = name
            children, overflows = _children(pages[number], number)
            todo += children
            for first in overflows:
                chain = first
                while chain in pages and chain not in owner:
                    owner[chain] = name
                    chain = int.from_bytes(pages[chain][:4], "big")
    header = pages.get(1, b"")
    trunk = int.from_bytes(header[32:36], "big") if header else 0
    while trunk in pages and trunk not in owner:
        owner[trunk] = "free space"
        count = int.from_bytes(pages[trunk][4:8], "big")
        for i in range(min(count, USABLE // 4 - 2)):
            owner.setdefault(int.from_bytes(pages[trunk][8 + 4 * i:12 + 4 * i], "big"), "free space")
        trunk = int.from_bytes(pages[trunk][:4], "big")
    return owner
