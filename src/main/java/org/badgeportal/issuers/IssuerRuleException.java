package org.badgeportal.issuers;

/**
 * A request that breaks one of the issuers' rules (slug taken, unknown account, last owner...). Carries the form
 * field it concerns (or null) and a message key, so the controller can show it next to that field. Thrown inside
 * a transaction, it rolls everything back.
 */
public class IssuerRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    IssuerRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
