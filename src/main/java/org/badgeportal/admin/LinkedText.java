package org.badgeportal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text split into text and http(s) link segments, so a template can show links with th:text and th:href
 * alone (no markup is ever built from the text).
 */
final class LinkedText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]}";

    /** A run of text; {@code href} is set when the run is a link. */
    record Segment(String text, String href) {

        public boolean link() {
            return href != null;
        }
    }

    private LinkedText() {
    }

    static List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        int position = 0;
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (matcher.start() > position) {
                segments.add(new Segment(text.substring(position, matcher.start()), null));
            }
            String url = text.substring(matcher.start(), end);
            segments.add(new Segment(url, url));
            position = end;
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), null));
        }
        return segments;
    }
}
