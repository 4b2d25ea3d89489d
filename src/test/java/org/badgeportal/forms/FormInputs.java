package org.badgeportal.forms;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.badgeportal.badges.Badge;
import org.badgeportal.images.ImageValidator;
import org.badgeportal.support.TestImages;
import org.springframework.web.util.UriUtils;

/**
 * Generates form requests from a {@link Random} (one seed, the same requests): every input of the route with a
 * plausible value most of the time and hostile ones mixed in (empty, blank, 10,000+ characters, control
 * characters, NUL, lone surrogates, odd Unicode, numbers as text and text as numbers, negatives, huge numbers,
 * malformed dates, unknown enum constants), inputs left out, sent twice, unknown inputs added, odd list indexes,
 * path variables naming the world's objects, other issuers' objects, nothing, or nonsense, and uploads of real
 * images, nothing, wrong bytes, oversized bytes, fake image headers, a decompression bomb header and SVG with script.
 */
final class FormInputs {

    private static final String LONG = "x".repeat(10_001);

    /** Values no form expects. */
    private static final List<String> HOSTILE = List.of("", " ", "   \t ", "\u0000", "a\u0000b", "\t\n\r",
            "\u0007\u001b[31m", "\uD800", "\uDC00\uD800", "a\uD83D", "\uFFFF\uFFFE", "\u202Eevil\u202C",
            "\u200B", "\uFEFF", "e\u0301\u0301\u0301\u0301", "\uD83D\uDC69\u200D\uD83D\uDC67", "\u4E2D\u6587",
            "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "<script>alert(1)</script>", "\"><img src=x>",
            "' OR 1=1 --", "../..", "..", ".", "-1", "0", "-0", "1e309", "99999999999999999999999",
            "2147483648", "-9223372036854775809", "NaN", "Infinity", "0x1F", "1.5", "null", "true", "[]", "{}",
            "%00", "%", "a,b,,c", "javascript:alert(1)", "data:text/html,<b>x</b>", "http://", "https://",
            "ftp://example.org/x", "2024-13-45", "2024-02-30", "31/12/2030", "2030-01-01T10:00:00Z",
            "-999999999-01-01", "+1000000000-01-01", "yesterday", "UNKNOWN_CONSTANT", "owner", "ADMIN",
            "@@@", "a@", "@b", "a@b", "x@y.z" + "z".repeat(400), "\uD83D\uDE00@example.org", "{\"a\":",
            "[1,2", "a\nb\nc", "recipient\n\"unterminated", "\r\n\r\n", LONG, "\u00e9".repeat(6000));

    /** Names no form has, to see that nothing binds them. */
    private static final List<String> UNKNOWN = List.of("zzz", "id", "issuerId", "accountId", "admin", "role",
            "status", "createdAt", "class.module.classLoader.URLs[0]", "criteria[99999].description",
            "criteria[-1].description", "criteria[x].description", "criteria[256].note", "criteria[].required",
            "a.b.c.d", "\u0000", "", "badge", "from", "_csrf");

    private static final List<String> EVIL_PATH = List.of("..", ".", "%2e%2e", "%2F", "a%2Fb", "%00", "%25",
            "%ff%fe", "a;b", "%20", "~", "a.json", "%E2%80%AE");

    private final Random random;
    private final FormWorld world;

    FormInputs(Random random, FormWorld world) {
        this.random = random;
        this.world = world;
    }

    /** One upload: the file's field, name, content type and bytes. */
    record Upload(String field, String filename, String contentType, byte[] bytes) {
    }

    /** One generated request: the URI (already encoded), the parameters in order, uploads and what was odd. */
    record Request(String method, String uri, List<Map.Entry<String, String>> params, List<Upload> uploads,
                   boolean multipart, boolean csrf, boolean htmx, String description) {

        String summary() {
            StringBuilder text = new StringBuilder(method).append(' ').append(cut(uri, 200)).append(" {");
            for (Map.Entry<String, String> param : params) {
                text.append(cut(param.getKey(), 60)).append('=').append(cut(escape(param.getValue()), 80))
                        .append(", ");
            }
            for (Upload upload : uploads) {
                text.append(upload.field()).append("=<").append(upload.filename()).append(' ')
                        .append(upload.contentType()).append(' ').append(upload.bytes().length).append(" bytes>, ");
            }
            return text.append('}').append(multipart ? " multipart" : "").append(csrf ? "" : " no-csrf")
                    .append(htmx ? " htmx" : "").toString();
        }

        private static String cut(String text, int length) {
            return text.length() > length ? text.substring(0, length) + "...(" + text.length() + ")" : text;
        }

        private static String escape(String text) {
            StringBuilder escaped = new StringBuilder();
            text.chars().forEach(c -> escaped.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE
                    || c == 0xFFFF ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            return escaped.toString();
        }
    }

    Request request(FormRoute route) {
        List<String> odd = new ArrayList<>();
        String method = route.method();
        String uri = path(route.pattern(), odd);
        List<Map.Entry<String, String>> params = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        route.params().forEach((name, value) -> {
            if (random.nextInt(15) == 0) {
                odd.add("without " + name);
            } else {
                params.add(Map.entry(name, value));
            }
        });
        boolean hostileRequest = random.nextInt(4) != 0;
        int rows = 1 + random.nextInt(3);
        for (FormRoute.Input input : route.inputs()) {
            if (random.nextInt(hostileRequest ? 6 : 30) == 0) {
                odd.add("missing " + input.name());
                continue;
            }
            if (input.kind() == FormRoute.Kind.FILE) {
                uploads.add(upload(input.name(), odd));
                continue;
            }
            if (input.name().contains("[]")) {
                for (int row = 0; row < rows; row++) {
                    String index = random.nextInt(30) == 0 ? oddIndex(odd) : String.valueOf(row);
                    String name = input.name().replace("[]", "[" + index + "]");
                    params.add(Map.entry(name, value(input, name, hostileRequest, odd)));
                }
                continue;
            }
            int times = input.repeated() ? random.nextInt(4) : random.nextInt(12) == 0 ? 2 : 1;
            if (times > 1 && !input.repeated()) {
                odd.add("twice " + input.name());
            }
            for (int i = 0; i < times; i++) {
                params.add(Map.entry(input.name(), value(input, input.name(), hostileRequest, odd)));
            }
        }
        if (random.nextInt(8) == 0) {
            String name = UNKNOWN.get(random.nextInt(UNKNOWN.size()));
            odd.add("unknown " + name);
            params.add(Map.entry(name, random.nextBoolean() ? "1" : hostile()));
        }
        boolean hasFile = !uploads.isEmpty() || route.inputs().stream().anyMatch(i -> i.kind() == FormRoute.Kind.FILE);
        boolean multipart = hasFile ? random.nextInt(5) != 0 : random.nextInt(15) == 0;
        if (!multipart && !uploads.isEmpty()) {
            odd.add("uploads dropped (not multipart)");
            uploads.clear();
        }
        boolean csrf = random.nextInt(40) != 0;
        if (!csrf) {
            odd.add("no CSRF token");
        }
        return new Request(method, uri, params, uploads, multipart, csrf, random.nextInt(3) == 0,
                String.join(", ", odd));
    }

    private String path(String pattern, List<String> odd) {
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (true) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                return path.append(pattern, at, pattern.length()).toString();
            }
            int close = pattern.indexOf('}', open);
            path.append(pattern, at, open);
            String name = pattern.substring(open + 1, close).replaceAll("[:*].*", "");
            path.append(variable(name, pattern, odd));
            at = close + 1;
        }
    }

    private String variable(String name, String pattern, List<String> odd) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            odd.add(name + " raw odd");
            return EVIL_PATH.get(random.nextInt(EVIL_PATH.size()));
        }
        if (pick == 1) {
            odd.add(name + " odd");
            return encode(random.nextInt(4) == 0 ? "x".repeat(3000) : hostile());
        }
        if (pick == 2) {
            odd.add(name + " unknown");
            return switch (random.nextInt(4)) {
                case 0 -> "no-such-" + name;
                case 1 -> "123e4567-e89b-12d3-a456-42661417400";
                case 2 -> "00000000-0000-0000-0000-000000000000";
                default -> Long.toString(random.nextLong());
            };
        }
        boolean others = pick == 3;
        if (others) {
            odd.add(name + " of another");
        }
        String value = switch (name) {
            case "issuer" -> others ? world.otherIssuer().getSlug()
                    : random.nextInt(6) == 0 ? world.consentIssuer().getSlug() : world.issuer().getSlug();
            case "slug", "badge" -> others ? world.otherBadge().getSlug() : pick(world.badges()).getSlug();
            case "award", "publicId" -> others ? world.otherAward()
                    : random.nextBoolean() ? pick(world.pendingAwards()) : pick(world.acceptedAwards());
            case "action" -> others ? "approve" : random.nextBoolean() ? "accept" : "decline";
            case "membership" -> Long.toString(others ? world.otherMembership() : pick(world.memberships()));
            case "key" -> Long.toString(others ? world.otherApiKey() : pick(world.apiKeys()));
            case "name", "collection" -> others ? "Collection of nobody" : pick(world.collections());
            case "token" -> token(pattern, others);
            default -> others ? "0" : world.issuer().getSlug();
        };
        return encode(value);
    }

    private String token(String pattern, boolean others) {
        if (pattern.startsWith("/claim")) {
            return others ? "nO7aRealClaimToken" : world.claimToken();
        }
        if (pattern.startsWith("/reset")) {
            return others ? "nO7aRealResetToken" : world.resetToken();
        }
        return Long.toString(others ? world.otherPersonalToken() : pick(world.personalTokens()));
    }

    private String oddIndex(List<String> odd) {
        String index = List.of("256", "300", "-1", "99999", "x", "2147483648", " 1", "").get(random.nextInt(8));
        odd.add("row index " + index);
        return index;
    }

    private String value(FormRoute.Input input, String name, boolean hostileRequest, List<String> odd) {
        if (hostileRequest && random.nextInt(3) == 0) {
            String value = switch (input.kind()) {
                case NUMBER -> List.of("abc", "1.5", "-1", "99999999999999999999", "", " 7").get(random.nextInt(6));
                case ENUM -> List.of("UNKNOWN", input.constants().get(0).toLowerCase(Locale.ROOT), "",
                        "0", " " + input.constants().get(0)).get(random.nextInt(5));
                case BOOLEAN -> List.of("yes", "maybe", "", "2", "ON").get(random.nextInt(5));
                default -> hostile();
            };
            odd.add(name + " hostile");
            return value;
        }
        return plausible(input, name);
    }

    private String plausible(FormRoute.Input input, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        switch (input.kind()) {
            case NUMBER:
                return String.valueOf(random.nextInt(5));
            case ENUM:
                return pick(input.constants());
            case BOOLEAN:
                return List.of("true", "false", "on").get(random.nextInt(3));
            default:
                break;
        }
        if (lower.contains("email") || lower.equals("recipient")) {
            return switch (random.nextInt(4)) {
                case 0 -> world.people().earner().getEmail();
                case 1 -> world.people().staff().getEmail();
                case 2 -> world.people().other().getEmail();
                default -> unique("p") + "@example.org";
            };
        }
        if (lower.contains("url")) {
            return random.nextInt(4) == 0 ? "" : "https://example.org/" + unique("page");
        }
        if (lower.equals("slug") || lower.equals("handle")) {
            return unique("s");
        }
        if (lower.contains("password")) {
            return "a long enough password";
        }
        if (lower.contains("date") || lower.equals("validfrom") || lower.equals("expiresat")
                || lower.equals("expiry")) {
            return random.nextBoolean() ? "" : "2031-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        }
        if (lower.equals("evidence")) {
            return "https://example.org/e1\nhttps://example.org/e2";
        }
        if (lower.equals("payload") || lower.equals("customfields")) {
            return random.nextBoolean() ? "" : lower.equals("payload") ? "{\"level\":1}" : "level: 1";
        }
        if (lower.contains("color")) {
            return "#336699";
        }
        if (lower.equals("text")) {
            return "recipient,narrative\n" + unique("r") + "@example.org,Did it\n" + world.people().earner().getEmail()
                    + ",Again\n";
        }
        if (lower.equals("award")) {
            return pick(world.acceptedAwards());
        }
        if (lower.equals("badge")) {
            Badge badge = pick(world.badges());
            return random.nextBoolean() ? badge.getSlug() : String.valueOf(badge.getId());
        }
        if (lower.equals("timevalue") || lower.equals("limit") || lower.equals("validitydays")) {
            return random.nextBoolean() ? "" : String.valueOf(1 + random.nextInt(30));
        }
        if (lower.equals("timeunits")) {
            return pick(List.of("", "DAYS", "WEEKS", "MONTHS", "YEARS"));
        }
        if (lower.equals("required") || lower.equals("unique") || lower.equals("listed")) {
            return "true";
        }
        if (lower.equals("from")) {
            return pick(List.of("", "/me", "pending", "/me/awards?status=pending"));
        }
        if (lower.equals("tags") || lower.equals("categories")) {
            return "tag-a, tag-b";
        }
        return "Words " + unique("w");
    }

    private Upload upload(String field, List<String> odd) {
        int pick = random.nextInt(14);
        boolean csv = field.equals("file");
        if (csv && pick < 6) {
            byte[] text = ("recipient\n" + unique("f") + "@example.org\n").getBytes(StandardCharsets.UTF_8);
            return new Upload(field, "awards.csv", "text/csv", text);
        }
        if (!csv && pick < 5) {
            return new Upload(field, "badge.png", "image/png", TestImages.png());
        }
        odd.add(field + " upload odd #" + pick);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return switch (pick) {
            case 5 -> new Upload(field, "empty.png", "image/png", new byte[0]);
            case 6 -> new Upload(field, "noise.png", "image/png", noise(2000));
            case 7 -> new Upload(field, "fake.png", "image/png", concat(png, noise(500)));
            case 8 -> new Upload(field, "bomb.png", "image/png", bombHeader());
            case 9 -> new Upload(field, "big.png", "image/png", noise(ImageValidator.MAX_BYTES + 1));
            case 10 -> new Upload(field, "x.svg", "image/svg+xml", ("<svg xmlns=\"http://www.w3.org/2000/svg\""
                    + " onload=\"alert(1)\"><script>alert(2)</script><circle r=\"5\"/></svg>")
                    .getBytes(StandardCharsets.UTF_8));
            case 11 -> new Upload(field, "gif.gif", "image/gif", concat("GIF89a".getBytes(StandardCharsets.US_ASCII),
                    noise(100)));
            case 12 -> new Upload(field, "\u0000../../etc/passwd", "text/html",
                    new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
            default -> new Upload(field, "real.jpg", "image/png", TestImages.jpeg(40, 40));
        };
    }

    private byte[] noise(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A PNG whose header says 60,000 x 60,000 pixels, followed by a few bytes of data. */
    private static byte[] bombHeader() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(60_000).putInt(60_000)
            .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.writeBytes(new byte[] {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82});
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private String hostile() {
        return HOSTILE.get(random.nextInt(HOSTILE.size()));
    }

    private String unique(String prefix) {
        return prefix + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
    }

    static Map<String, String> paramsCondition(java.util.Set<? extends org.springframework.web.servlet.mvc.condition.NameValueExpression<String>> expressions) {
        Map<String, String> params = new LinkedHashMap<>();
        for (var expression : expressions) {
            if (!expression.isNegated() && expression.getValue() != null) {
                params.put(expression.getName(), expression.getValue());
            }
        }
        return params;
    }
}
