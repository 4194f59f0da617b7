package fr.marelle.planning.control;

import fr.marelle.planning.entity.ActivityType;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineRule;

import java.time.LocalTime;
import java.util.Set;

/** What staff enter for an activity, its eligibility and its booking rules. */
public record ActivityForm(String name, ActivityType type, Long siteId, String regieCode,
                           Integer minAge, Integer maxAge, Set<String> levelCodes,
                           boolean residentsOnly, boolean registrationRequired, boolean waitingList,
                           LocalTime startTime, LocalTime endTime, Integer defaultCapacity,
                           BookingWindow window, DeadlineRule bookDeadline, DeadlineRule cancelDeadline) {
}
