package fr.marelle.identity.entity;

/** What an account may do; a staff account can hold several roles. */
public enum Role {
    PARENT, AGENT, FINANCE, ADMIN;

    /** Home page of the role, used after login. */
    public String homePage() {
        return switch (this) {
            case PARENT -> "/parent/home.xhtml";
            case AGENT -> "/staff/home.xhtml";
            case FINANCE -> "/finance/home.xhtml";
            case ADMIN -> "/admin/home.xhtml";
        };
    }
}
