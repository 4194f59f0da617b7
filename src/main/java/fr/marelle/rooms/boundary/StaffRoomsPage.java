package fr.marelle.rooms.boundary;

import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.planning.boundary.FormInputs;
import fr.marelle.planning.control.Activities;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import fr.marelle.family.control.ProofFiles;
import fr.marelle.rooms.control.RoomPhotos;
import fr.marelle.rooms.control.Rooms;
import fr.marelle.rooms.entity.RoomPhoto;
import fr.marelle.rooms.entity.PriceCategory;
import fr.marelle.rooms.entity.Room;
import fr.marelle.rooms.entity.RoomPrice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Planning staff (agents and administrators, as the API): the rooms for hire and the form that adds one or,
 * with {@code ?id=}, changes one — site, capacity, equipment, hours, booking window, deposit, price grids,
 * offered or not. The rules and the audit are those of {@link Rooms}.
 */
@Named
@RequestScoped
public class StaffRoomsPage {

    @Inject
    Rooms rooms;

    @Inject
    Activities activities;

    @Inject
    LanguageSwitch language;

    @Inject
    RoomPhotos photos;

    private transient Part photo;
    private String photoAlt;
    private List<RoomPhoto> photoList;

    private Long id;
    private Room room;
    private List<Room> list;
    private String name;
    private Long siteId;
    private String capacity;
    private String equipment;
    private String opensAt = "08:00";
    private String closesAt = "23:00";
    private String minNoticeDays = "7";
    private String maxAdvanceDays = "365";
    private String deposit;
    private boolean active = true;
    private boolean insuranceRequired;
    /** Per category (in {@link PriceCategory} order): hour, half-day, day, cleaning, in euros as typed. */
    private final String[][] grid = new String[PriceCategory.values().length][4];

    /** On a first visit with {@code ?id=}, the room's values fill the form; an id that names no room is a 404. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            room = rooms.get(id);
        } catch (UnknownRecordException e) {
            Feedback.notFound();
            return;
        }
        name = room.getName();
        siteId = room.getSiteId();
        capacity = String.valueOf(room.getCapacity());
        equipment = room.getEquipment();
        opensAt = room.getOpensAt().toString();
        closesAt = room.getClosesAt().toString();
        minNoticeDays = String.valueOf(room.getMinNoticeDays());
        maxAdvanceDays = String.valueOf(room.getMaxAdvanceDays());
        deposit = euros(room.getDepositCents());
        active = room.isActive();
        insuranceRequired = room.isInsuranceRequired();
        PriceCategory[] categories = PriceCategory.values();
        for (int i = 0; i < categories.length; i++) {
            RoomPrice p = room.price(categories[i]).orElse(null);
            if (p != null) {
                grid[i] = new String[]{euros(p.getHourCents()), euros(p.getHalfDayCents()), euros(p.getDayCents()),
                        euros(p.getCleaningCents())};
            }
        }
    }

    public String save() {
        Long editing = editedId();
        try {
            List<Violation> v = new ArrayList<>();
            List<RoomPrice> prices = new ArrayList<>();
            PriceCategory[] categories = PriceCategory.values();
            for (int i = 0; i < categories.length; i++) {
                Integer hour = FormInputs.cents(grid[i][0], "hour" + categories[i].name(), v);
                Integer half = FormInputs.cents(grid[i][1], "halfDay" + categories[i].name(), v);
                Integer whole = FormInputs.cents(grid[i][2], "day" + categories[i].name(), v);
                Integer cleaning = FormInputs.cents(grid[i][3], "cleaning" + categories[i].name(), v);
                if (hour != null || half != null || whole != null) {
                    prices.add(new RoomPrice(categories[i], hour, half, whole, cleaning == null ? 0 : cleaning));
                } else if (cleaning != null) {
                    // a cleaning fee alone would be dropped without a word: say that the grid needs a price
                    v.add(Violation.of("hour" + categories[i].name(), "room.prices.empty"));
                }
            }
            Rooms.RoomForm form = new Rooms.RoomForm(siteId, name, FormInputs.integer(capacity, "capacity", v), equipment,
                    FormInputs.time(opensAt, "opensAt", v), FormInputs.time(closesAt, "closesAt", v),
                    FormInputs.integer(minNoticeDays, "minNoticeDays", v), FormInputs.integer(maxAdvanceDays, "maxAdvanceDays", v),
                    FormInputs.cents(deposit, "depositCents", v), active, insuranceRequired, prices);
            RuleViolationException.throwIfAny(v);
            if (editing == null) {
                rooms.create(form);
                Feedback.infoAfterRedirect("roomHire.staff.roomAdded");
            } else {
                rooms.update(editing, form);
                Feedback.infoAfterRedirect("roomHire.staff.roomChanged");
            }
            return "/staff/rooms.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (UnknownRecordException e) {
            Feedback.error("roomHire.staff.roomGone");
            return null;
        }
    }

    /** The photos of the room being changed (none for a new room). */
    public List<RoomPhoto> getPhotos() {
        if (photoList == null) {
            photoList = editedId() == null ? List.of() : photos.of(editedId());
        }
        return photoList;
    }

    public String addPhoto() {
        Long editing = editedId();
        try {
            byte[] content = null;
            if (photo != null && photo.getSize() > 0) {
                try (InputStream in = photo.getInputStream()) {
                    content = in.readNBytes(ProofFiles.MAX_BYTES + 1);
                }
            }
            photos.add(editing, content, photoAlt);
            Feedback.infoAfterRedirect("room.photo.added");
            return "/staff/rooms.xhtml?faces-redirect=true&id=" + editing;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            // the room's form was not part of this post: show it filled again
            load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    public String removePhoto(long photoId) {
        Long editing = editedId();
        photos.remove(editing, photoId);
        Feedback.infoAfterRedirect("room.photo.removed");
        return "/staff/rooms.xhtml?faces-redirect=true&id=" + editing;
    }

    /** The room being changed; on a postback the form carries its id as a plain parameter (read before the view's). */
    private Long editedId() {
        if (id == null) {
            String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            if (param != null && param.matches("\\d{1,18}")) {
                id = Long.valueOf(param);
            }
        }
        return id;
    }

    /** Cents as the form shows them back, with the decimal mark of the visitor's language; empty when none. */
    private String euros(Integer cents) {
        if (cents == null) {
            return null;
        }
        String text = BigDecimal.valueOf(cents, 2).toPlainString();
        return Locale.FRENCH.getLanguage().equals(language.getLocale().getLanguage()) ? text.replace('.', ',') : text;
    }

    public List<Room> getRooms() {
        if (list == null) {
            list = rooms.list(true);
        }
        return list;
    }

    public String siteName(Room r) { return rooms.siteName(r); }

    /** A room's grids for the list, one line each: "Tarif résidents : 15,00 € / heure · — · — · ménage 10,00 €". */
    public List<String> priceLines(Room r) {
        Locale locale = language.getLocale();
        List<String> lines = new ArrayList<>();
        for (RoomPrice p : r.getPrices()) {
            lines.add(Messages.text(locale, "roomHire.staff.gridLine", Messages.text(locale, "roomHire.category." + p.getCategory()),
                    money(p.getHourCents(), locale), money(p.getHalfDayCents(), locale), money(p.getDayCents(), locale),
                    money(p.getCleaningCents(), locale)));
        }
        return lines;
    }

    private static String money(Integer cents, Locale locale) {
        return cents == null ? "—" : DisplayFormats.money(cents, locale);
    }

    public List<Site> getSites() { return activities.allSites(); }

    public PriceCategory[] getCategories() { return PriceCategory.values(); }

    public boolean isEditing() { return room != null || editedId() != null; }

    public Room getRoom() { return room; }
    public String[][] getGrid() { return grid; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getSiteId() { return siteId; }
    public void setSiteId(Long siteId) { this.siteId = siteId; }
    public String getCapacity() { return capacity; }
    public void setCapacity(String capacity) { this.capacity = capacity; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public String getOpensAt() { return opensAt; }
    public void setOpensAt(String opensAt) { this.opensAt = opensAt; }
    public String getClosesAt() { return closesAt; }
    public void setClosesAt(String closesAt) { this.closesAt = closesAt; }
    public String getMinNoticeDays() { return minNoticeDays; }
    public void setMinNoticeDays(String minNoticeDays) { this.minNoticeDays = minNoticeDays; }
    public String getMaxAdvanceDays() { return maxAdvanceDays; }
    public void setMaxAdvanceDays(String maxAdvanceDays) { this.maxAdvanceDays = maxAdvanceDays; }
    public String getDeposit() { return deposit; }
    public void setDeposit(String deposit) { this.deposit = deposit; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public String getPhotoAlt() { return photoAlt; }
    public void setPhotoAlt(String photoAlt) { this.photoAlt = photoAlt; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isInsuranceRequired() { return insuranceRequired; }
    public void setInsuranceRequired(boolean insuranceRequired) { this.insuranceRequired = insuranceRequired; }
}
