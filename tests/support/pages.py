"""Read every page of a SQLCipher 4 file (and its WAL) decrypted, free pages included: what a byte grep of
the database files would find with the key. SQLite's own export copies only live rows, so it cannot show
whether erased bytes linger in free space."""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80   # per page: a 16-byte IV, then a 64-byte HMAC-SHA512 (SQLCipher 4 defaults)
SALT = 16      # the first page begins with the file's salt, in clear
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt(key: bytes, page: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:PAGE - RESERVE]) + decryptor.finalize()


def plaintext(database: Path, key_hex: str) -> bytes:
    """Every page of the database file and of its WAL, decrypted and concatenated."""
    key, out = bytes.fromhex(key_hex), []
    data = Path(database).read_bytes()
    for index in range(len(data) // PAGE):
        out.append(_decrypt(key, data[index * PAGE:(index + 1) * PAGE], index + 1))
    wal = Path(str(database) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[WAL_HEADER:]
        step = FRAME_HEADER + PAGE
        for offset in range(0, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset:offset + 4], "big")
            out.append(_decrypt(key, frames[offset + FRAME_HEADER:offset + step], number))
    return b"".join(out)
