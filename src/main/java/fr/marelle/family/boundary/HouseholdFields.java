package fr.marelle.family.boundary;

import fr.marelle.family.control.Countries;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.entity.Civility;
import fr.marelle.family.entity.Household;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a household's address form (WEB-INF/includes/household-fields.xhtml), shared by
 * the parent's household page and the staff's.
 */
public class HouseholdFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String addressLine1;
    private String addressLine2;
    private String postcode;
    private String city;
    /** INSEE code of the country, 99100 for France. */
    private String country = Countries.FRANCE;
    /** Civility code by guardian's account id ("" for none). */
    private final HashMap<Long, String> civilities = new HashMap<>();
    private String phone;
    private String otherPhone;
    private Long billingAccountId;

    void fill(Household h, List<Long> guardianIds, Map<Long, Civility> civilitiesKnown) {
        name = h.getName();
        addressLine1 = h.getAddressLine1();
        addressLine2 = h.getAddressLine2();
        postcode = h.getPostcode();
        city = h.getCity();
        country = h.isAbroad() ? h.getCountryCode() : Countries.FRANCE;
        civilities.clear();
        for (Long id : guardianIds) {
            Civility c = civilitiesKnown.get(id);
            civilities.put(id, c == null ? "" : c.name());
        }
        phone = PageSupport.phone(h.getPhone());
        otherPhone = PageSupport.phone(h.getOtherPhone());
        billingAccountId = h.getBillingAccountId();
    }

    HouseholdForm toForm() {
        return new HouseholdForm(name, addressLine1, addressLine2, postcode, city, phone, otherPhone, billingAccountId,
                country, new HashMap<>(civilities));
    }

    /** The countries the form offers after France. */
    public List<String> getCountriesAbroad() { return Countries.ABROAD; }

    public List<String> getCivilityCodes() { return Arrays.stream(Civility.values()).map(Enum::name).toList(); }

    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getAddressLine1() { return addressLine1; }
    public void setAddressLine1(String v) { this.addressLine1 = v; }
    public String getAddressLine2() { return addressLine2; }
    public void setAddressLine2(String v) { this.addressLine2 = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { this.postcode = v; }
    public String getCity() { return city; }
    public void setCity(String v) { this.city = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { this.country = v; }
    public Map<Long, String> getCivilities() { return civilities; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { this.phone = v; }
    public String getOtherPhone() { return otherPhone; }
    public void setOtherPhone(String v) { this.otherPhone = v; }
    public Long getBillingAccountId() { return billingAccountId; }
    public void setBillingAccountId(Long v) { this.billingAccountId = v; }
}
