package com.telephony.domain.tenancy;

/**
 * A user of a portal. {@code canModifyLines} is the telephony permission "Manage numbers — modify"
 * that every {@code voximplant.sip.*} method requires; administrators hold it implicitly.
 */
public record PortalUser(String portalId, long id, String name, boolean admin, boolean canModifyLines) {
    public boolean mayModifyLines() {
        return admin || canModifyLines;
    }
}
