package org.badgeportal.apis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

/**
 * Generates bad API requests from a {@link Random}, so that one seed gives the same requests every time: malformed
 * JSON, wrong types, missing, empty and unknown fields, huge strings, deep nesting, odd Unicode, odd path
 * variables and odd query parameters. Every request is mostly plausible (fields and parameters the APIs use) with
 * one or more things wrong.
 */
final class BadInputs {

    /** Field names the APIs use (000 to 004), so that generated bodies reach past "unknown field" checks. */
    private static final List<String> FIELDS = List.of("name", "badges", "names", "slug", "description",
            "strapline", "count", "imageUrl", "image", "type", "unique", "timeValue", "timeUnits", "criteria",
            "criteriaUrl", "earnerDescription", "consumerDescription", "archived", "user", "users", "email",
            "recipients", "recipient", "reason", "collection", "payload", "tags", "program", "evidence", "note",
            "title", "badgeIds", "public", "status", "url", "issuer", "required", "narrative", "handle");

    /** Query parameters the APIs read. */
    private static final List<String> PARAMETERS = List.of("sort", "names", "name", "page", "limit", "size",
            "per_page", "archived", "program", "status", "collection", "user", "badge", "since", "q", "ts",
            "signature", "offset", "cursor", "payload", "email");

    /** Strings no API expects: odd Unicode, control characters, markup, numbers in disguise. */
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\t\n\r",
            "\u202Eevil\u202C", "a\u200Db\u200Dc", "\u200B", "\uFEFF", "e\u0301\u0301\u0301\u0301",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD835\uDD4F", "\u4E2D\u6587", "\u00FC\u00DF",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "<script>alert(1)</script>", "' OR 1=1 --", "../..",
            "..", ".", "-1", "0", "1e309", "99999999999999999999999", "NaN", "null", "true", "[]", "{}",
            "%00", "%", "a,b,,c", "_all", "-name", "count", "a/b", "a\\b", "a b", "a+b", "a;b=c", "x.json",
            "mailto:x@y", "javascript:alert(1)", "data:image/png;base64,!!!!", "http://", "\uD83D\uDE00");

    /** JSON fragments with lone surrogates and other escapes Java strings can hold but UTF-8 cannot. */
    private static final List<String> ODD_ESCAPES = List.of("\"\\ud800\"", "\"\\udc00\\ud800\"",
            "\"a\\ud83d\"", "\"\\u0000\"", "\"\\u202e\\u200d\"", "\"\\uFFFF\\uFFFE\"", "\"\\/\\b\\f\"");

    /** Path variable values: some already percent-encoded (sent as they are), others encoded before sending. */
    private static final List<String> RAW_PATH_VALUES = List.of("..", ".", "%2e%2e", "%2F", "a%2Fb", "%00",
            "%25", "%5C", "%ff%fe", "%c0%ae", "%E2%80%AE", "a;b", "a;jsessionid=1", "%20", "~", "a.json");

    private final Random random;
    private final Map<String, List<String>> known;

    BadInputs(Random random, Map<String, List<String>> known) {
        this.random = random;
        this.known = known;
    }

    /** A request to one route (the path with {@code {variables}}) with the given method. */
    Request request(String method, String pattern) {
        StringBuilder what = new StringBuilder();
        String path = path(pattern, what);
        String query = query(what);
        Body body = body(method, what);
        return new Request(method, path + (query.isEmpty() ? "" : "?" + query), body.contentType(), body.bytes(),
                what.toString().strip());
    }

    private String path(String pattern, StringBuilder what) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                path.append(pattern, at, pattern.length());
                return path.toString();
            }
            int close = pattern.indexOf('}', open);
            path.append(pattern, at, open);
            String name = pattern.substring(open + 1, close).replaceAll("[:*].*", "");
            path.append(variable(name, what));
            at = close + 1;
        }
    }

    private String variable(String name, StringBuilder what) {
        List<String> values = known.getOrDefault(name, known.get("*"));
        int pick = random.nextInt(10);
        if (pick < 5) {
            return encode(values.get(random.nextInt(values.size())));
        }
        what.append(name).append("=odd ");
        return switch (pick) {
            case 5 -> RAW_PATH_VALUES.get(random.nextInt(RAW_PATH_VALUES.size()));
            case 6 -> encode("x".repeat(1 + random.nextInt(random.nextBoolean() ? 300 : 4000)));
            case 7 -> encode(Long.toString(random.nextLong()));
            default -> encode(oddString());
        };
    }

    private String query(StringBuilder what) {
        int count = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(6) == 0 ? oddString() : PARAMETERS.get(random.nextInt(PARAMETERS.size()));
            String value = switch (random.nextInt(5)) {
                case 0 -> oddString();
                case 1 -> Long.toString(random.nextLong());
                case 2 -> "x".repeat(random.nextInt(3000));
                case 3 -> "a,b," + oddString();
                default -> "";
            };
            pairs.add(encode(name) + (random.nextInt(8) == 0 ? "" : "=" + encode(value)));
        }
        if (!pairs.isEmpty()) {
            what.append("query ");
        }
        return String.join("&", pairs);
    }

    private Body body(String method, StringBuilder what) {
        boolean sendsBody = switch (method) {
            case "POST", "PUT", "PATCH" -> random.nextInt(12) != 0;
            default -> random.nextInt(6) == 0;
        };
        if (!sendsBody) {
            what.append("no body");
            return new Body(random.nextBoolean() ? MediaType.APPLICATION_JSON_VALUE : null, new byte[0]);
        }
        int kind = random.nextInt(100);
        String contentType = contentType(what);
        if (kind < 20) {
            what.append("malformed JSON");
            return new Body(contentType, utf8(malformed(validObject())));
        }
        if (kind < 45) {
            what.append("wrong types");
            return new Body(contentType, utf8(withWrongTypes()));
        }
        if (kind < 55) {
            what.append("empty or missing");
            return new Body(contentType, utf8(List.of("", " ", "{}", "[]", "null", "0", "\"\"", "true",
                    "{\"\":\"\"}", "[{}]").get(random.nextInt(10))));
        }
        if (kind < 63) {
            what.append("unknown fields");
            return new Body(contentType, utf8(withUnknownFields()));
        }
        if (kind < 67) {
            what.append("huge string");
            return new Body(contentType, utf8(withHugeString()));
        }
        if (kind < 71) {
            what.append("deep nesting");
            return new Body(contentType, utf8(deeplyNested()));
        }
        if (kind < 88) {
            what.append("odd unicode");
            return new Body(contentType, utf8(withOddUnicode()));
        }
        if (kind < 94) {
            what.append("invalid UTF-8");
            return new Body(contentType, invalidUtf8());
        }
        what.append("form fields");
        return new Body(random.nextBoolean() ? MediaType.APPLICATION_FORM_URLENCODED_VALUE : contentType,
                utf8(form()));
    }

    private String contentType(StringBuilder what) {
        int pick = random.nextInt(20);
        String type = switch (pick) {
            case 0 -> null;
            case 1 -> MediaType.TEXT_PLAIN_VALUE;
            case 2 -> MediaType.APPLICATION_FORM_URLENCODED_VALUE;
            case 3 -> MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=x";
            case 4 -> "application/json; charset=no-such-charset";
            case 5 -> "application/json; charset=ISO-8859-1";
            case 6 -> "application/xml";
            case 7 -> "application/json;;;=";
            default -> MediaType.APPLICATION_JSON_VALUE;
        };
        if (pick < 8) {
            what.append("as ").append(type).append(' ');
        }
        return type;
    }

    /** An object of known fields with plausible values, as the seeds show them. */
    private Map<String, String> validObject() {
        Map<String, String> fields = new LinkedHashMap<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            fields.put(field, switch (random.nextInt(4)) {
                case 0 -> "[\"" + knownValue() + "\"]";
                case 1 -> Integer.toString(random.nextInt(5));
                case 2 -> "[{\"email\":\"a@example.org\",\"name\":\"" + knownValue() + "\"}]";
                default -> "\"" + knownValue() + "\"";
            });
        }
        return fields;
    }

    private String knownValue() {
        List<String> values = known.get("*");
        return values.get(random.nextInt(values.size()));
    }

    private String malformed(Map<String, String> fields) {
        String json = object(fields);
        return switch (random.nextInt(9)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> json + List.of("}", "]]", "x", ",", "{}", " garbage", "\u0000").get(random.nextInt(7));
            case 2 -> json.replace('{', '[').replace('}', ']');
            case 3 -> json.replace('"', '\'');
            case 4 -> json.substring(0, json.length() - 1) + ",}";
            case 5 -> json.replaceAll("\"([a-zA-Z]+)\":", "$1:");
            case 6 -> "/* comment */" + json;
            case 7 -> "{\"name\": NaN, \"count\": Infinity, \"x\": 0x10, \"y\": 01}";
            default -> json.replace(":", "=");
        };
    }

    private String withWrongTypes() {
        Map<String, String> fields = validObject();
        List<String> names = new ArrayList<>(fields.keySet());
        int changes = 1 + random.nextInt(names.size());
        for (int i = 0; i < changes; i++) {
            String field = random.nextInt(3) == 0 ? FIELDS.get(random.nextInt(FIELDS.size()))
                    : names.get(random.nextInt(names.size()));
            fields.put(field, wrongValue());
        }
        return random.nextInt(8) == 0 ? "[" + object(fields) + "]" : object(fields);
    }

    private String wrongValue() {
        return switch (random.nextInt(12)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> "-1.5e300";
            case 2 -> Boolean.toString(random.nextBoolean());
            case 3 -> "null";
            case 4 -> "[]";
            case 5 -> "[1, true, null, {}]";
            case 6 -> "{}";
            case 7 -> "{\"a\": [1]}";
            case 8 -> "\"" + knownValue() + "\"";
            case 9 -> "[[\"nested\"]]";
            case 10 -> "\"2024-13-45T99:99:99Z\"";
            default -> "[" + "\"x\",".repeat(random.nextInt(50)) + "\"y\"]";
        };
    }

    private String withUnknownFields() {
        Map<String, String> fields = validObject();
        fields.put(List.of("zzz", "__proto__", "constructor", "id", "issuerId", "createdAt", "admin",
                "\u0000", "").get(random.nextInt(9)), wrongValue());
        return object(fields);
    }

    private String withHugeString() {
        Map<String, String> fields = validObject();
        String field = random.nextBoolean() ? FIELDS.get(random.nextInt(FIELDS.size()))
                : fields.keySet().iterator().next();
        int length = 1000 + random.nextInt(900_000);
        String huge = random.nextBoolean() ? "a".repeat(length) : "\u00e9".repeat(length / 2);
        fields.put(field, random.nextBoolean() ? "\"" + huge + "\"" : "[\"" + huge + "\"]");
        return object(fields);
    }

    private String deeplyNested() {
        int depth = random.nextBoolean() ? 10_000 : 100 + random.nextInt(2000);
        String open = random.nextBoolean() ? "[" : "{\"badges\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return random.nextBoolean() ? nested : "{\"" + FIELDS.get(random.nextInt(FIELDS.size())) + "\":" + nested
                + "}";
    }

    private String withOddUnicode() {
        Map<String, String> fields = validObject();
        int changes = 1 + random.nextInt(3);
        List<String> names = new ArrayList<>(fields.keySet());
        for (int i = 0; i < changes; i++) {
            String field = names.get(random.nextInt(names.size()));
            String value = random.nextBoolean() ? ODD_ESCAPES.get(random.nextInt(ODD_ESCAPES.size()))
                    : jsonString(oddString());
            fields.put(field, random.nextBoolean() ? value : "[" + value + "]");
        }
        if (random.nextInt(5) == 0) {
            fields.put(oddString(), "\"x\"");
        }
        return object(fields);
    }

    private byte[] invalidUtf8() {
        byte[] prefix = utf8("{\"name\":\"");
        byte[] bad = switch (random.nextInt(4)) {
            case 0 -> new byte[] {(byte) 0xC3, 0x28};
            case 1 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case 2 -> new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
            default -> new byte[] {(byte) 0xF0, (byte) 0x9F};
        };
        byte[] suffix = utf8("\"}");
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
        return body;
    }

    private String form() {
        List<String> pairs = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            pairs.add(encode(FIELDS.get(random.nextInt(FIELDS.size()))) + "=" + encode(random.nextBoolean()
                    ? oddString() : knownValue()));
        }
        if (random.nextInt(4) == 0) {
            pairs.add("%zz=%");
        }
        return String.join("&", pairs);
    }

    private String oddString() {
        return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append(jsonString(name))
                .append(':').append(value));
        return json.append('}').toString();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                json.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
            } else {
                json.appendCodePoint(c);
            }
        });
        return json.append('"').toString();
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One generated request; {@code uri} is already percent-encoded. */
    record Request(String method, String uri, String contentType, byte[] body, String description) {

        String summary() {
            Function<String, String> cut = text -> text.length() > 300 ? text.substring(0, 300) + "..." : text;
            return method + " " + cut.apply(uri) + " [" + contentType + "] " + body.length + " bytes: "
                    + cut.apply(new String(body, StandardCharsets.UTF_8));
        }
    }

    private record Body(String contentType, byte[] bytes) {
    }
}
