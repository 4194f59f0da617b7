package fr.marelle.audit.entity;

/** Who did something: an account (id and e-mail) or the system itself, from which address. */
public record Actor(Long accountId, String email, String ip) {

    public static final Actor SYSTEM = new Actor(null, "system", null);

    public Actor withIp(String address) {
        return new Actor(accountId, email, address);
    }
}
