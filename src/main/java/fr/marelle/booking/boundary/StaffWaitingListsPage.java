package fr.marelle.booking.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.booking.control.WaitingLists;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Activity;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Planning staff's page of the waiting lists: the queues from a day on, to give a place or take a child off. */
@Named
@RequestScoped
public class StaffWaitingListsPage {

    @Inject
    Acting acting;

    @Inject
    WaitingLists waitingLists;

    @Inject
    Activities activities;

    @Inject
    LanguageSwitch language;

    @Inject
    Clock clock;

    private LocalDate from;
    private Long activityId;
    private String text;
    private List<WaitingLists.Queue> queues;

    public List<WaitingLists.Queue> getQueues() {
        if (queues == null) {
            queues = waitingLists.from(acting.require().getId(), from == null ? LocalDate.now(clock) : from, activityId);
        }
        return queues;
    }

    public List<Activity> getActivities() {
        return activities.all();
    }

    public String promote(long bookingId) {
        try {
            waitingLists.promote(acting.require().getId(), bookingId, text);
            Feedback.infoAfterRedirect("waitingList.promoted");
            return "/staff/waiting-lists?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String remove(long bookingId) {
        try {
            waitingLists.remove(acting.require().getId(), bookingId, text);
            Feedback.infoAfterRedirect("waitingList.removed");
            return "/staff/waiting-lists?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** "jeudi 12 mars 2026 09:00" */
    public String session(WaitingLists.Queue queue) {
        return queue.session().getDay().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()))
                + " " + queue.session().getStartTime();
    }

    public String when(OffsetDateTime at) {
        return fr.marelle.platform.control.DisplayFormats.dateTime(at, language.getLocale());
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public Long getActivityId() { return activityId; }
    public void setActivityId(Long activityId) { this.activityId = activityId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
