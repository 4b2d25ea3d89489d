package org.badgeportal.exports;

import static org.badgeportal.exports.RestoreWriter.time;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.images.CheckedImage;
import org.badgeportal.images.ImageRejectedException;
import org.badgeportal.images.ImageValidator;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.system.Digests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores an issuer's JSON export into this installation in one transaction: the issuer (owned by the given
 * account), programs, badges and their images, recipients, and awards with their public ids, states, dates and
 * evidence. The file is read with the streaming parser one element at a time and written in JDBC batches, so a
 * 100,000-award file needs neither its size in memory nor one round trip per row. Badges are written by
 * {@link RestoredBadges}, recipients and awards by {@link RestoredAwards}. Any refusal
 * ({@link RestoreRefusedException}) or database error undoes everything.
 */
@Service
class IssuerRestore {

    private final JsonMapper json;
    private final RestoreWriter writer;
    private final Accounts accounts;
    private final ImageValidator images;
    private final Clock clock;
    private final ObjectReader elements;

    IssuerRestore(JsonMapper json, RestoreWriter writer, Accounts accounts, ImageValidator images,
                  Clock clock) {
        this.json = json;
        this.writer = writer;
        this.accounts = accounts;
        this.images = images;
        this.clock = clock;
        this.elements = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** One element of the document as a tree; the parser then stands on its last token, the rest still to come. */
    private JsonNode element(JsonParser parser) {
        return elements.readValue(parser);
    }

    record Restored(String slug, String name, long badges, long recipients, long awards, String owner) {
    }

    @Transactional
    public Restored restore(InputStream file, String ownerEmail) {
        Account owner = accounts.byEmail(Account.normaliseEmail(ownerEmail))
            .orElseThrow(() -> new RestoreRefusedException("ownerEmail", "unknownOwner"));
        try (JsonParser parser = json.createParser(file)) {
            Run run = new Run(owner);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw RestoreRefusedException.notAnExport("$");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                run.read(name, parser);
            }
            if (parser.nextToken() != null) {
                throw RestoreRefusedException.notAnExport("$");
            }
            return run.finish();
        } catch (JacksonException e) {
            throw RestoreRefusedException.notAnExport("$");
        }
    }

    /** The state of one restore while the file streams by. */
    private final class Run {
        private final Account owner;
        private final RestoreWriter.Ids ids = writer.ids();
        private final Instant now = clock.instant();
        private String format;
        private Integer version;
        private Long issuerId;
        private String slug;
        private String name;
        private boolean badgesRead;
        private boolean recipientsRead;
        private RestoredAwards people;
        private final Map<String, Long> programIds = new HashMap<>();
        private RestoredBadges badges;


        Run(Account owner) {
            this.owner = owner;
        }

        void read(String field, JsonParser parser) {
            switch (field) {
                case "format" -> format = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : "";
                case "formatVersion" -> version = parser.currentToken() == JsonToken.VALUE_NUMBER_INT
                        ? parser.getIntValue() : -1;
                case "issuer" -> issuer(new RestoreInput(element(parser), "issuer"));
                case "programs" -> each(parser, field, this::program, issuerId != null);
                case "badges" -> {
                    each(parser, field, in -> badges.badge(in), issuerId != null);
                    badgesRead = true;
                }
                case "recipients" -> {
                    each(parser, field, in -> people.recipient(in), issuerId != null);
                    people.flushRecipients();
                    recipientsRead = true;
                }
                case "awards" -> each(parser, field, in -> people.award(in), badgesRead && recipientsRead);
                default -> parser.skipChildren();
            }
        }

        private void each(JsonParser parser, String field, ElementReader reader, boolean inOrder) {
            if (!inOrder || parser.currentToken() != JsonToken.START_ARRAY) {
                throw RestoreRefusedException.notAnExport(field);
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String path = field + "[" + index++ + "]";
                reader.read(new RestoreInput(element(parser), path));
            }
        }

        private void checkFormat() {
            if (!ExportFormat.NAME.equals(format) || version == null) {
                throw RestoreRefusedException.notAnExport("format");
            }
            if (version != ExportFormat.VERSION) {
                throw new RestoreRefusedException("file", "unknownVersion", version, ExportFormat.VERSION);
            }
        }

        private void issuer(RestoreInput in) {
            checkFormat();
            if (issuerId != null) {
                throw RestoreRefusedException.notAnExport("issuer");
            }
            slug = in.issuerSlug("slug");
            name = in.required("name", 255);
            if (writer.count("select count(*) from issuer where slug = ?", slug) > 0) {
                throw new RestoreRefusedException("file", "slugExists", slug);
            }
            Long imageId = image(in, "image");
            issuerId = ids.next();
            writer.jdbc().update("""
                    insert into issuer (id, slug, name, url, contact_email, description, image_id, verified,
                                        acceptance_policy, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    issuerId, slug, name, in.url("url"), in.text("contactEmail", 320), in.text("description", 4000),
                    imageId, in.flag("verified"), in.choice("acceptancePolicy", AcceptancePolicy.class, true).name(),
                    time(in.instant("createdAt", true)));
            writer.jdbc().update("""
                    insert into issuer_membership (id, issuer_id, account_id, role, created_at)
                    values (?, ?, ?, ?, ?)""", ids.next(), issuerId, owner.getId(), MembershipRole.OWNER.name(),
                    time(now));
            badges = new RestoredBadges(writer, ids, issuerId, programIds, this::image);
            people = new RestoredAwards(writer, ids, accounts, issuerId, badges.ids());
        }

        private Long image(RestoreInput in, String field) {
            byte[] bytes = in.imageBytes(field);
            if (bytes == null) {
                return null;
            }
            CheckedImage checked;
            try {
                checked = images.check(bytes);
            } catch (ImageRejectedException e) {
                throw RestoreRefusedException.notAnExport(in.path(field));
            }
            long id = ids.next();
            writer.jdbc().update("""
                    insert into stored_image (id, content_type, bytes, sha256, created_at)
                    values (?, ?, ?, ?, ?)""", ps -> {
                ps.setLong(1, id);
                ps.setString(2, checked.contentType());
                ps.setBytes(3, checked.bytes());
                ps.setString(4, Digests.sha256Hex(checked.bytes()));
                ps.setObject(5, time(now));
            });
            return id;
        }

        private void program(RestoreInput in) {
            String programSlug = in.slug("slug");
            long id = ids.next();
            if (programIds.putIfAbsent(programSlug, id) != null) {
                throw RestoreRefusedException.notAnExport(in.path("slug"));
            }
            writer.jdbc().update("insert into program (id, issuer_id, slug, name, description) values (?, ?, ?, ?, ?)",
                    id, issuerId, programSlug, in.required("name", 255), in.text("description", 4000));
        }

        Restored finish() {
            if (issuerId == null) {
                checkFormat();
                throw RestoreRefusedException.notAnExport("issuer");
            }
            badges.flush();
            people.flushRecipients();
            people.flushAwards();
            return new Restored(slug, name, badges.ids().size(), people.recipientCount(), people.awardCount(),
                    owner.getEmail());
        }
    }

    @FunctionalInterface
    private interface ElementReader {
        void read(RestoreInput in);
    }
}
