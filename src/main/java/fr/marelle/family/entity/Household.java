package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A household (famille): its address and phones, its billing contact, its residence status. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "address_line1")
    private String addressLine1;
    @Column(name = "address_line2")
    private String addressLine2;
    private String postcode;
    private String city;
    /** INSEE code of the address's country; null: France. */
    @Column(name = "country_code")
    private String countryCode;
    private String phone;
    @Column(name = "other_phone")
    private String otherPhone;
    @Column(name = "billing_account_id")
    private Long billingAccountId;
    @Column(name = "resident_override")
    private Boolean residentOverride;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected Household() {
    }

    public Household(String name, OffsetDateTime now) {
        this.name = name;
        this.createdAt = now;
    }

    /** The fields the family sees in its change history, as shown (phones in E.164). */
    public Map<String, Object> historyView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("addressLine1", addressLine1);
        view.put("addressLine2", addressLine2);
        view.put("postcode", postcode);
        view.put("city", city);
        view.put("country", countryCode);
        view.put("phone", phone);
        view.put("otherPhone", otherPhone);
        view.put("billingAccountId", billingAccountId);
        view.put("residentOverride", residentOverride);
        return view;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String addressLine1) { this.addressLine1 = addressLine1; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String addressLine2) { this.addressLine2 = addressLine2; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public boolean isAbroad() { return countryCode != null; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getOtherPhone() { return otherPhone; }
    public void setOtherPhone(String otherPhone) { this.otherPhone = otherPhone; }
    public Long getBillingAccountId() { return billingAccountId; }
    public void setBillingAccountId(Long billingAccountId) { this.billingAccountId = billingAccountId; }
    public Boolean getResidentOverride() { return residentOverride; }
    public void setResidentOverride(Boolean residentOverride) { this.residentOverride = residentOverride; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
