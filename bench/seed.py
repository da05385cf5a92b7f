"""Deterministic demo and benchmark clients, added through the same services as the app."""
from __future__ import annotations

import random
import uuid

from storage import timeutil
from storage.text import fold

FIRST = ["Marie", "Éloïse", "Camille", "Léa", "Chloé", "Inès", "Manon", "Sarah", "Jade", "Louise", "Zoé", "Hugo",
         "Lucas", "Nathalie", "Sophie", "Aïcha", "Fatou", "Brigitte", "Océane", "Anaïs", "Gaëlle", "Noémie",
         "Thérèse", "Hélène", "Agnès", "Yasmine", "Karim", "Julien", "Mathis", "Clémence"]
LAST = ["Dupont", "Martin", "Bernard", "N'Diaye", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefèvre", "Michel", "Garcia", "O'Neil", "Roux", "Fournier", "Girard", "Bonnet", "Dupuis", "Lambert",
        "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer",
        "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas"]
NOTES = ["", "", "Couleur 6.34, coupe dégradée", "Préfère les rendez-vous le matin", "Cheveux fins, shampoing doux",
         "Balayage caramel tous les 3 mois"]


def client_rows(count: int, seed: int = 1):
    rng = random.Random(seed)
    stamp = timeutil.iso(timeutil.now())
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        if rng.random() < 0.3:
            last = f"{last}{rng.choice(['-', ' '])}{rng.choice(LAST)}"
        yield {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "first_name": first, "last_name": last,
            "email": f"{fold(first)[:3]}.{fold(last).replace(' ', '')[:8]}{i}@exemple.fr".replace("'", ""),
            "phone": f"+336{rng.choice('01245678')}{rng.randrange(10 ** 7):07d}",  # allocated mobile ranges
            "birth_date": None, "notes": rng.choice(NOTES), "source": "direct",
            "created_at": stamp, "updated_at": stamp,
        }


def seed_clients(desk, count: int, seed: int = 1, batch: int = 5000) -> list[str]:
    """Add `count` clients through the client service, `batch` per transaction (composed operations:
    validation, outbox, search index and audit, exactly as at the desk). Returns their ids."""
    fields = ("first_name", "last_name", "email", "phone", "birth_date", "notes", "source")
    rows, ids = client_rows(count, seed), []
    while len(ids) < count:
        with desk.transaction():
            for _ in range(min(batch, count - len(ids))):
                row = next(rows)
                ids.append(desk.clients.add(**{name: row[name] for name in fields}))
    return ids
