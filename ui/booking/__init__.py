"""Booking, keyboard first: the client, then the service, staff member, day and time, then Book."""
from ui.booking.dialog import BookingDialog

__all__ = ["BookingDialog"]
