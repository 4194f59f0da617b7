package fr.marelle.planning.entity;

public enum ActivityType {
    CANTEEN, MORNING_CARE, EVENING_CARE, WEDNESDAY_CENTRE, HOLIDAY_CENTRE, HOLIDAY_CAMP, WEEKLY_CLASS, ROOM_HIRE
}
