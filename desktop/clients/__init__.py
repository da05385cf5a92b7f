"""Clients: the service, what each role sees of them (masking), contact normalisation and the notes guard."""
