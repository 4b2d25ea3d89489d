package org.badgeportal.images;

/**
 * An image (upload, data URI or address) that the portal does not accept. Carries a message key of the badges
 * bundle and its arguments, so that forms can show the reason next to the image field.
 */
public class ImageRejectedException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    public ImageRejectedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
