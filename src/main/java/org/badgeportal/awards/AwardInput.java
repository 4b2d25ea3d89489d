package org.badgeportal.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.badgeportal.accounts.Account;
import org.badgeportal.system.HttpUrls;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules every award's input follows, whether it comes from a form, an API or a bulk upload. Each method
 * returns the cleaned value or throws the refusal that names what is wrong.
 */
@Component
public class AwardInput {

    static final int MAX_NARRATIVE = 4000;
    static final int MAX_EVIDENCE = 10;
    static final int MAX_URL = 2048;
    static final int MAX_PAYLOAD = 20000;
    static final int MAX_EMAIL = 320;

    private static final Pattern SITE_USER = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private final JsonMapper json;

    AwardInput(JsonMapper json) {
        this.json = json;
    }

    /** Whether the text is meant as an email address (and so must be a valid one). */
    public static boolean isEmailLike(String raw) {
        return raw != null && raw.contains("@");
    }

    /** An email address in lower case, or a site user name exactly as given (names are case-sensitive). */
    public static String identifier(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (isEmailLike(value)) {
            if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches() || value.contains("..")) {
                throw new AwardRefusedException(AwardRefusal.INVALID_RECIPIENT);
            }
            return Account.normaliseEmail(value);
        }
        if (!SITE_USER.matcher(value).matches()) {
            throw new AwardRefusedException(AwardRefusal.INVALID_RECIPIENT);
        }
        return value;
    }

    public static String narrative(String raw) {
        String value = blankToNull(raw);
        if (value != null && value.length() > MAX_NARRATIVE) {
            throw new AwardRefusedException(AwardRefusal.INVALID_NARRATIVE);
        }
        return value;
    }

    /** At most ten absolute http(s) URLs with a host; blank entries are dropped. */
    public static List<String> evidence(List<String> raw) {
        List<String> urls = new ArrayList<>();
        for (String entry : raw == null ? List.<String>of() : raw) {
            String url = blankToNull(entry);
            if (url == null) {
                continue;
            }
            if (url.length() > MAX_URL || !HttpUrls.isHttpUrl(url)) {
                throw new AwardRefusedException(AwardRefusal.INVALID_EVIDENCE);
            }
            urls.add(url);
        }
        if (urls.size() > MAX_EVIDENCE) {
            throw new AwardRefusedException(AwardRefusal.INVALID_EVIDENCE);
        }
        return urls;
    }

    /** Free-form JSON kept as written; anything that does not parse as one JSON value is refused. */
    public String payload(String raw) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_PAYLOAD) {
            throw new AwardRefusedException(AwardRefusal.INVALID_PAYLOAD);
        }
        try {
            json.readTree(value);
        } catch (JacksonException e) {
            throw new AwardRefusedException(AwardRefusal.INVALID_PAYLOAD);
        }
        return value;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
