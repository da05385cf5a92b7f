"""Qt widgets, dialogs and models. Everything here calls desktop/ services, never storage/ directly."""
