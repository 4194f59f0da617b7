package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.OneTimeTokens;
import fr.marelle.identity.control.Passwords;
import fr.marelle.identity.entity.TokenPurpose;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.TooManyRequests;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Forgotten password, reset by link, first password of an invited account, change of password. */
@Named
@RequestScoped
public class PasswordPages {

    @Inject
    Passwords passwords;

    @Inject
    OneTimeTokens tokens;

    @Inject
    Acting acting;

    private String email;
    private String token;
    private String currentPassword;
    private String newPassword;
    private boolean termsAccepted;
    private boolean joinHousehold;
    private Boolean termsNeeded;
    private boolean tokenValid;
    private boolean done;

    /** Forgotten password: always the same answer. */
    public String requestReset() {
        try {
            passwords.requestReset(email);
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (TooManyRequestsException e) {
            TooManyRequests.onPage(e);
            return null;
        }
        done = true;
        return null;
    }

    /** On opening a reset or invitation link: is it still usable? */
    public void checkToken(String purpose) {
        try {
            tokens.peek(token, TokenPurpose.valueOf(purpose));
            tokenValid = true;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
    }

    public String reset() {
        try {
            passwords.reset(token, newPassword, termsAccepted);
        } catch (RuleViolationException e) {
            return refused(e, TokenPurpose.PASSWORD_RESET);
        }
        Feedback.infoAfterRedirect("password.resetDone");
        return "/login.xhtml?faces-redirect=true";
    }

    public String acceptInvitation() {
        try {
            passwords.acceptInvitation(token, newPassword, termsAccepted, joinHousehold);
        } catch (RuleViolationException e) {
            return refused(e, TokenPurpose.INVITATION);
        }
        Feedback.infoAfterRedirect("invitation.done");
        return "/login.xhtml?faces-redirect=true";
    }

    public String change() {
        try {
            var account = passwords.change(acting.require().getId(), currentPassword, newPassword);
            // the other sessions end; this one goes on, under a new id
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            request.changeSessionId();
            SessionStamp.stamp(request, account);
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
        Feedback.info("password.changed");
        done = true;
        return null;
    }

    private String refused(RuleViolationException e, TokenPurpose purpose) {
        Feedback.refused(e);
        tokenValid = e.violations().stream().noneMatch(v -> "token".equals(v.field()));
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean termsAccepted) { this.termsAccepted = termsAccepted; }
    /**
     * The token of a link page: the model's, or the request's while a posted form is decoded (before
     * its values reach the model), so that what a page shows and what it reads agree.
     */
    public static String linkToken(String modelToken) {
        return modelToken != null ? modelToken
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public boolean isJoinHousehold() { return joinHousehold; }
    public void setJoinHousehold(boolean joinHousehold) { this.joinHousehold = joinHousehold; }
    /**
     * A reset link of an account that never accepted the terms of use (invited, never activated).
     * Read from the request's token, so that the answer is the same when the form is posted.
     */
    public boolean isTermsNeeded() {
        if (termsNeeded == null) {
            String t = linkToken(token);
            try {
                termsNeeded = t != null && passwords.needsTerms(t);
            } catch (RuleViolationException e) {
                termsNeeded = false;
            }
        }
        return termsNeeded;
    }
    public boolean isTokenValid() { return tokenValid; }
    public boolean isDone() { return done; }
}
