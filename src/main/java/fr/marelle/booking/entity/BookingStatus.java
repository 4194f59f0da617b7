package fr.marelle.booking.entity;

public enum BookingStatus {
    CONFIRMED, WAITING, CANCELLED
}
