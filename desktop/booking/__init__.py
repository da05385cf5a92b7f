"""Services and appointments: the booking service and the booking confirmation PDF."""
