package fr.marelle.calendarfeed.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.calendarfeed.control.CalendarFeeds;
import fr.marelle.family.control.Children;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.ClockProducer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The parent's page of a child's private calendar URL: whether one exists and since when,
 * create (or replace) it — the URL is shown once, right after — and revoke it.
 */
@Named
@ViewScoped
public class CalendarFeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Children children;

    @Inject
    CalendarFeeds feeds;

    @Inject
    LanguageSwitch language;

    private Long childId;
    private Long householdId;
    private transient List<Child> childList;
    /** The URL just created: shown on this view only, never again. */
    private String createdUrl;
    /** "since when" of the child's URL, read once per render (null: none); reset by the actions. */
    private transient java.util.Optional<String> since;

    /** View action: the household and the child (first one by default). */
    public void init() {
        householdId = access.ownHousehold(acting.require().getId()).orElse(null);
        if (householdId != null && childId == null && !getChildren().isEmpty()) {
            childId = getChildren().get(0).getId();
        }
    }

    public List<Child> getChildren() {
        if (childList == null) {
            childList = householdId == null ? List.of() : children.of(acting.require().getId(), householdId);
        }
        return childList;
    }

    public String getChildName() {
        return getChildren().stream().filter(c -> c.getId().equals(childId)).map(Child::getFirstName)
                .findFirst().orElse("");
    }

    /** "depuis le 10/03/2027 à 08:15", or empty when the child has no URL. */
    public String getSince() {
        if (since == null) {
            try {
                since = childId == null ? java.util.Optional.empty()
                        : feeds.activeSince(acting.require().getId(), childId).map(this::format);
            } catch (UnknownRecordException e) {
                since = java.util.Optional.empty();
            }
        }
        return since.orElse(null);
    }

    public void create() {
        try {
            createdUrl = feeds.create(acting.require().getId(), childId == null ? -1 : childId).url();
            since = null;
            Feedback.info("calendarFeed.created");
        } catch (UnknownRecordException e) {
            Feedback.error("booking.page.unknownChild");
        }
    }

    public void revoke() {
        try {
            feeds.revoke(acting.require().getId(), childId == null ? -1 : childId);
            createdUrl = null;
            since = null;
            Feedback.info("calendarFeed.revoked");
        } catch (UnknownRecordException e) {
            Feedback.error("booking.page.unknownChild");
        }
    }

    /** The same URL with the webcal scheme, which phones open in their calendar application. */
    public String getWebcalUrl() {
        return createdUrl == null ? null : createdUrl.replaceFirst("^https?://", "webcal://");
    }

    private String format(OffsetDateTime at) {
        return at.atZoneSameInstant(ClockProducer.PARIS)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", language.getLocale()));
    }

    public boolean isWithoutHousehold() { return householdId == null; }
    public Long getChildId() { return childId; }
    public void setChildId(Long childId) { this.childId = childId; }
    public String getCreatedUrl() { return createdUrl; }
}
