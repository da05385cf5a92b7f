"""Write resources/passwords/fr_words.txt: the most frequent French words, most frequent first, from wordfreq.

The password check (desktop/staff/strength.py) gives them to zxcvbn as one more dictionary, so "soleil de
printemps" is judged as the few common words it is. Run after upgrading wordfreq, then commit the file:

    .venv/bin/pip install -e '.[wordlists]'
    .venv/bin/python scripts/make_password_words.py
"""
from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

from wordfreq import top_n_list

COUNT = 30_000
TARGET = Path(__file__).resolve().parent.parent / "resources" / "passwords" / "fr_words.txt"
_WORD = re.compile(r"^[a-zàâäçéèêëîïôöùûüÿœæ'-]{2,}$")


def main() -> None:
    words = [w for w in top_n_list("fr", COUNT * 2) if _WORD.match(w)][:COUNT]
    header = (f"# The {len(words)} most frequent French words, most frequent first: wordfreq {version('wordfreq')} "
              f"top_n_list('fr'), letters only.\n# Made by scripts/make_password_words.py; do not edit by hand.\n")
    TARGET.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words written to {TARGET}")


if __name__ == "__main__":
    main()
