package fr.marelle.planning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Something children attend on sessions: canteen, care, leisure centre, camp, class, room hire. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private ActivityType type;
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "site_id")
    private Site site;
    @Column(name = "regie_code")
    private String regieCode;
    @Column(name = "min_age")
    private Integer minAge;
    @Column(name = "max_age")
    private Integer maxAge;
    @Column(name = "residents_only")
    private boolean residentsOnly;
    @Column(name = "registration_required")
    private boolean registrationRequired;
    @Column(name = "waiting_list")
    private boolean waitingList;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    @Column(name = "default_capacity")
    private int defaultCapacity;
    @Column(name = "book_opens_at")
    private OffsetDateTime bookOpensAt;
    @Column(name = "book_closes_at")
    private OffsetDateTime bookClosesAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "book_kind")
    private DeadlineKind bookKind = DeadlineKind.NONE;
    @Column(name = "book_amount")
    private int bookAmount;
    @Column(name = "book_time")
    private LocalTime bookTime;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_kind")
    private DeadlineKind cancelKind = DeadlineKind.NONE;
    @Column(name = "cancel_amount")
    private int cancelAmount;
    @Column(name = "cancel_time")
    private LocalTime cancelTime;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_school_level", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "level_code")
    private Set<String> levelCodes = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_age_group", joinColumns = @JoinColumn(name = "activity_id"))
    @jakarta.persistence.OrderBy("minAge")
    private java.util.List<AgeGroup> ageGroups = new java.util.ArrayList<>();
    private boolean active = true;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Activity() {
    }

    public Activity(String name, ActivityType type, Site site, String regieCode, OffsetDateTime now) {
        this.name = name;
        this.type = type;
        this.site = site;
        this.regieCode = regieCode;
        this.createdAt = now;
    }

    public BookingWindow window() {
        return new BookingWindow(bookOpensAt == null ? null : bookOpensAt.toInstant(),
                bookClosesAt == null ? null : bookClosesAt.toInstant());
    }

    public void setWindow(BookingWindow window) {
        bookOpensAt = window == null || window.opensAt() == null ? null : window.opensAt().atOffset(ZoneOffset.UTC);
        bookClosesAt = window == null || window.closesAt() == null ? null : window.closesAt().atOffset(ZoneOffset.UTC);
    }

    public DeadlineRule bookDeadline() {
        return new DeadlineRule(bookKind, bookAmount, bookTime);
    }

    public void setBookDeadline(DeadlineRule rule) {
        bookKind = rule.kind();
        bookAmount = rule.amount();
        bookTime = rule.time();
    }

    public DeadlineRule cancelDeadline() {
        return new DeadlineRule(cancelKind, cancelAmount, cancelTime);
    }

    public void setCancelDeadline(DeadlineRule rule) {
        cancelKind = rule.kind();
        cancelAmount = rule.amount();
        cancelTime = rule.time();
    }

    /** The audited state (no entity references). */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("type", String.valueOf(type));
        m.put("siteId", site == null ? null : site.getId());
        m.put("regie", regieCode);
        m.put("minAge", minAge);
        m.put("maxAge", maxAge);
        m.put("levels", String.join(",", levelCodes));
        if (!ageGroups.isEmpty()) {
            m.put("ageGroups", ageGroups.toString());
        }
        m.put("residentsOnly", residentsOnly);
        m.put("registrationRequired", registrationRequired);
        m.put("waitingList", waitingList);
        m.put("times", startTime + "-" + endTime);
        m.put("defaultCapacity", defaultCapacity);
        m.put("window", bookOpensAt + "/" + bookClosesAt);
        m.put("book", bookKind + " " + bookAmount + " " + bookTime);
        m.put("cancel", cancelKind + " " + cancelAmount + " " + cancelTime);
        m.put("active", active);
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ActivityType getType() { return type; }
    public void setType(ActivityType type) { this.type = type; }
    public Site getSite() { return site; }
    public void setSite(Site site) { this.site = site; }
    public String getRegieCode() { return regieCode; }
    public void setRegieCode(String regieCode) { this.regieCode = regieCode; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer minAge) { this.minAge = minAge; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer maxAge) { this.maxAge = maxAge; }
    public boolean isResidentsOnly() { return residentsOnly; }
    public void setResidentsOnly(boolean residentsOnly) { this.residentsOnly = residentsOnly; }
    public boolean isRegistrationRequired() { return registrationRequired; }
    public void setRegistrationRequired(boolean registrationRequired) { this.registrationRequired = registrationRequired; }
    public boolean isWaitingList() { return waitingList; }
    public void setWaitingList(boolean waitingList) { this.waitingList = waitingList; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public int getDefaultCapacity() { return defaultCapacity; }
    public void setDefaultCapacity(int defaultCapacity) { this.defaultCapacity = defaultCapacity; }
    public Set<String> getLevelCodes() { return levelCodes; }
    public java.util.List<AgeGroup> getAgeGroups() { return ageGroups; }
    public void setAgeGroups(java.util.List<AgeGroup> groups) { this.ageGroups = new java.util.ArrayList<>(groups); }

    /**
     * School canteen and before/after-school care held at a school are for that school's pupils
     * only; the other activities are open to any child who meets their conditions.
     */
    public boolean isForItsPupilsOnly() {
        return site != null && site.getKind() == SiteKind.SCHOOL
                && (type == ActivityType.CANTEEN || type == ActivityType.MORNING_CARE || type == ActivityType.EVENING_CARE);
    }

    /** The age group of a child of this age, if the activity keeps places per age group. */
    public java.util.Optional<AgeGroup> ageGroupOf(int age) {
        return ageGroups.stream().filter(g -> g.contains(age)).findFirst();
    }
    public void setLevelCodes(Set<String> codes) { this.levelCodes = new TreeSet<>(codes); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Instant getCreatedAt() { return createdAt == null ? null : createdAt.toInstant(); }
}
