package org.badgeportal.apis.lite;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.badgeportal.system.Digests;

/**
 * Lite badge names to badge slugs: lowercase, every run of other characters than a-z and 0-9 becomes one dash
 * ({@code profile/1} to {@code profile-1}), at most 50 characters. When two names meet on one slug, or the name has
 * no letters or digits, the alternative slug adds 8 hex digits of the name's SHA-256
 * ({@code profile-1-3f2a9c1b}). Both are derived from the name alone, so a name always finds its badge.
 */
final class LiteNames {

    static final int MAX_SLUG = 50;
    private static final int HASH = 8;
    private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private LiteNames() {
    }

    /** The slug a name gets first. */
    static String slug(String name) {
        String base = trimDashes(OTHERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"));
        if (base.isEmpty()) {
            return alternative(name);
        }
        return base.length() <= MAX_SLUG ? base : alternative(name);
    }

    /** The slug a name gets when its first slug belongs to another name. */
    static String alternative(String name) {
        String base = trimDashes(OTHERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-"));
        String prefix = trimDashes(base.substring(0, Math.min(base.length(), MAX_SLUG - HASH - 1)));
        return (prefix.isEmpty() ? "badge" : prefix) + "-" + Digests.sha256Hex(name).substring(0, HASH);
    }

    /** Both slugs of a name (the name itself first when it already is a slug). */
    static List<String> candidates(String name) {
        return SLUG.matcher(name).matches() && name.length() <= MAX_SLUG
                ? List.of(name, alternative(name)) : List.of(slug(name), alternative(name));
    }

    /** True when the badge (slug, name) is the one of the lite name {@code liteName}. */
    static boolean belongsTo(String slug, String badgeName, String liteName) {
        return slug.equals(liteName) || (badgeName.equals(liteName) && candidates(liteName).contains(slug));
    }

    /** The name answers show for a badge: its name when that name leads to the slug, else the slug. */
    static String liteName(String slug, String badgeName) {
        return candidates(badgeName).contains(slug) ? badgeName : slug;
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
