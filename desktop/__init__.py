"""Salon Desk application layer: start-up, the CLI, and the services that enforce roles and rules."""
__version__ = "0.1.0"
