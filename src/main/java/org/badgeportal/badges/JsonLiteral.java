package org.badgeportal.badges;

import java.util.regex.Pattern;

/**
 * Custom field values are stored as JSON literals (seed 003 returns them as they are): numbers, {@code true} and
 * {@code false} stay as typed, anything else becomes a JSON string.
 */
final class JsonLiteral {

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private JsonLiteral() {
    }

    static String of(String typed) {
        if (NUMBER.matcher(typed).matches() || typed.equals("true") || typed.equals("false")) {
            return typed;
        }
        StringBuilder json = new StringBuilder(typed.length() + 2).append('"');
        for (char c : typed.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    /** The text to show in the editor for a stored literal (a string without its quotes and escapes). */
    static String display(String literal) {
        if (literal.length() < 2 || literal.charAt(0) != '"' || literal.charAt(literal.length() - 1) != '"') {
            return literal;
        }
        StringBuilder text = new StringBuilder(literal.length());
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length() - 1) {
                text.append(c);
                continue;
            }
            char escaped = literal.charAt(++i);
            switch (escaped) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'u' -> {
                    if (i + 4 < literal.length()) {
                        text.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> text.append(escaped);
            }
        }
        return text.toString();
    }
}
