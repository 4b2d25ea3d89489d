package org.badgeportal.exports;

import static org.badgeportal.exports.RestoreWriter.BYTES;
import static org.badgeportal.exports.RestoreWriter.FLAG;
import static org.badgeportal.exports.RestoreWriter.ID;
import static org.badgeportal.exports.RestoreWriter.INT;
import static org.badgeportal.exports.RestoreWriter.TEXT;
import static org.badgeportal.exports.RestoreWriter.TIME;
import static org.badgeportal.exports.RestoreWriter.time;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.AccountRepository;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.badges.TimeUnits;
import org.badgeportal.images.CheckedImage;
import org.badgeportal.images.ImageRejectedException;
import org.badgeportal.images.ImageValidator;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.system.Digests;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 * 100,000-award file needs neither its size in memory nor one round trip per row. Any refusal
 * ({@link RestoreRefusedException}) or database error undoes everything.
 */
@Service
class IssuerRestore {

    private final JsonMapper json;
    private final RestoreWriter writer;
    private final AccountRepository accounts;
    private final ImageValidator images;
    private final Clock clock;
    private final ObjectReader elements;

    IssuerRestore(JsonMapper json, RestoreWriter writer, AccountRepository accounts, ImageValidator images,
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
        Account owner = accounts.findByEmail(Account.normaliseEmail(ownerEmail))
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
        private final Map<String, Long> programIds = new HashMap<>();
        private final Map<String, Long> badgeIds = new HashMap<>();
        private final Map<String, Long> recipientIds = new HashMap<>();
        private final Map<String, Optional<Long>> issuers = new HashMap<>();
        private final Set<String> awardIds = new HashSet<>();
        private final List<Object[]> pendingAwards = new ArrayList<>();
        private final List<Object[]> pendingEvidence = new ArrayList<>();
        private final List<Object[]> pendingRecipients = new ArrayList<>();
        private long awardCount;

        private final RestoreWriter.Batch criteria = writer.batch(
                "insert into badge_criterion (badge_id, position, description, required, note) values (?, ?, ?, ?, ?)",
                ID, INT, TEXT, FLAG, TEXT);
        private final RestoreWriter.Batch categories = writer.batch(
                "insert into badge_category (badge_id, name) values (?, ?)", ID, TEXT);
        private final RestoreWriter.Batch tags = writer.batch(
                "insert into badge_tag (badge_id, name) values (?, ?)", ID, TEXT);
        private final RestoreWriter.Batch customFields = writer.batch(
                "insert into badge_custom_field (badge_id, field_name, field_value) values (?, ?, ?)", ID, TEXT, TEXT);
        private final RestoreWriter.Batch recipients = writer.batch("""
                insert into recipient (id, issuer_id, identifier, identifier_kind, account_id, claim_token_hash,
                                       created_at) values (?, ?, ?, ?, ?, ?, ?)""",
                ID, ID, TEXT, TEXT, ID, TEXT, TIME);
        private final RestoreWriter.Batch awards = writer.batch("""
                insert into award (id, version, public_id, badge_id, recipient_id, issuer_id, status, narrative,
                                   payload, issued_at, valid_from, expires_at, responded_at, revoked_at,
                                   revocation_reason, issued_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ID, TEXT, ID, ID, ID, TEXT, TEXT, TEXT, TIME, TIME, TIME, TIME, TIME, TEXT, ID);
        private final RestoreWriter.Batch evidence = writer.batch(
                "insert into award_evidence (award_id, position, url) values (?, ?, ?)", ID, INT, TEXT);

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
                    each(parser, field, this::badge, issuerId != null);
                    badgesRead = true;
                }
                case "recipients" -> {
                    each(parser, field, this::recipient, issuerId != null);
                    flushRecipients();
                    recipientsRead = true;
                }
                case "awards" -> each(parser, field, this::award, badgesRead && recipientsRead);
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

        private void badge(RestoreInput in) {
            String badgeSlug = in.slug("slug");
            long id = ids.next();
            if (badgeIds.putIfAbsent(badgeSlug, id) != null) {
                throw RestoreRefusedException.notAnExport(in.path("slug"));
            }
            String program = in.text("program", 50);
            Long programId = program == null ? null : programIds.get(program);
            if (program != null && programId == null) {
                throw RestoreRefusedException.notAnExport(in.path("program"));
            }
            Long imageId = image(in, "image");
            TimeUnits units = in.choice("timeUnits", TimeUnits.class, false);
            writer.jdbc().update("""
                    insert into badge (id, version, issuer_id, program_id, slug, name, strapline, earner_description,
                                       consumer_description, badge_type, issuer_url, rubric_url, criteria_url,
                                       time_value, time_units, award_limit, unique_per_recipient, archived, listed,
                                       background_color, validity_days, share_text, image_id, image_url, created_at,
                                       updated_at)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, issuerId, programId, badgeSlug, in.required("name", 255), in.text("strapline", 140),
                    in.text("earnerDescription", 4000), in.text("consumerDescription", 4000), in.text("type", 255),
                    in.url("issuerUrl"), in.url("rubricUrl"), in.url("criteriaUrl"), in.number("timeValue"),
                    units == null ? null : units.name(), in.number("limit"), in.flag("unique"), in.flag("archived"),
                    in.flag("listed"), in.text("backgroundColor", 32), in.number("validityDays"),
                    in.text("shareText", 500), imageId, imageId == null ? in.url("imageUrl") : null,
                    time(in.instant("createdAt", true)), time(in.instant("updatedAt", true)));
            int position = 0;
            for (JsonNode node : in.array("criteria")) {
                RestoreInput criterion = new RestoreInput(node, in.path("criteria") + "[" + position + "]");
                criteria.add(id, position++, criterion.required("description", 1000), criterion.flag("required"),
                        criterion.text("note", 1000));
            }
            for (String category : distinct(in, "categories")) {
                categories.add(id, category);
            }
            for (String tag : distinct(in, "tags")) {
                tags.add(id, tag);
            }
            for (Map.Entry<String, JsonNode> field : in.object("customFields").properties()) {
                String literal = field.getValue().toString();
                if (field.getKey().isBlank() || field.getKey().length() > 64 || literal.length() > 2000) {
                    throw RestoreRefusedException.notAnExport(in.path("customFields"));
                }
                customFields.add(id, field.getKey(), literal);
            }
        }

        private Set<String> distinct(RestoreInput in, String field) {
            Set<String> values = new java.util.LinkedHashSet<>();
            for (JsonNode node : in.array(field)) {
                values.add(RestoreInput.element(node, in.path(field), 64));
            }
            return values;
        }

        private void recipient(RestoreInput in) {
            RecipientKind kind = in.choice("kind", RecipientKind.class, true);
            String identifier = in.required("identifier", 320);
            if (RecipientKind.of(identifier) != kind) {
                throw RestoreRefusedException.notAnExport(in.path("kind"));
            }
            long id = ids.next();
            if (recipientIds.putIfAbsent(identifier, id) != null) {
                throw RestoreRefusedException.notAnExport(in.path("identifier"));
            }
            pendingRecipients.add(new Object[] {id, issuerId, identifier, kind.name(), null,
                    in.text("claimTokenHash", 64), time(in.instant("createdAt", true))});
            if (pendingRecipients.size() >= RestoreWriter.BATCH) {
                flushRecipients();
            }
        }

        /** Recipients with an email address are linked to the account whose verified address it is. */
        private void flushRecipients() {
            List<String> emails = new ArrayList<>();
            for (Object[] row : pendingRecipients) {
                if (RecipientKind.EMAIL.name().equals(row[3])) {
                    emails.add((String) row[2]);
                }
            }
            Map<String, Long> linked = new HashMap<>();
            if (!emails.isEmpty()) {
                new NamedParameterJdbcTemplate(writer.jdbc()).query(
                        "select id, email from account where email_verified = true and email in (:emails)",
                        Map.of("emails", emails), rs -> {
                            linked.put(rs.getString(2), rs.getLong(1));
                        });
            }
            for (Object[] row : pendingRecipients) {
                row[4] = linked.get((String) row[2]);
                recipients.add(row);
            }
            pendingRecipients.clear();
            recipients.flush();
        }

        private void award(RestoreInput in) {
            String publicId = in.required("id", 36);
            if (!awardIds.add(publicId)) {
                throw new RestoreRefusedException("file", "awardExists", publicId);
            }
            Long badgeId = badgeIds.get(in.required("badge", 50));
            Long recipientId = recipientIds.get(in.required("recipient", 320));
            if (badgeId == null || recipientId == null) {
                throw RestoreRefusedException.notAnExport(in.path(badgeId == null ? "badge" : "recipient"));
            }
            long id = ids.next();
            pendingAwards.add(new Object[] {id, publicId, badgeId, recipientId, issuerId,
                    in.choice("status", AwardStatus.class, true).name(), in.text("narrative", 4000),
                    in.text("payload", 20000), time(in.instant("issuedAt", true)), time(in.instant("validFrom", true)),
                    time(in.instant("expiresAt", false)), time(in.instant("respondedAt", false)),
                    time(in.instant("revokedAt", false)), in.text("revocationReason", 500),
                    issuedBy(in.text("issuedBy", 320))});
            int position = 0;
            for (JsonNode url : in.array("evidence")) {
                String value = RestoreInput.element(url, in.path("evidence"), 2048);
                if (!org.badgeportal.images.ImageService.isHttpUrl(value)) {
                    throw RestoreRefusedException.notAnExport(in.path("evidence"));
                }
                pendingEvidence.add(new Object[] {id, position++, value});
            }
            if (pendingAwards.size() >= RestoreWriter.BATCH) {
                flushAwards();
            }
        }

        /** Refuses the file if any award id of the batch exists here, then writes the batch. */
        private void flushAwards() {
            if (pendingAwards.isEmpty()) {
                return;
            }
            List<String> publicIds = pendingAwards.stream().map(row -> (String) row[1]).toList();
            List<String> taken = new NamedParameterJdbcTemplate(writer.jdbc()).queryForList(
                    "select public_id from award where public_id in (:ids)", Map.of("ids", publicIds), String.class);
            if (!taken.isEmpty()) {
                throw new RestoreRefusedException("file", "awardExists", taken.get(0));
            }
            pendingAwards.forEach(awards::add);
            awards.flush();
            awardCount += pendingAwards.size();
            pendingAwards.clear();
            pendingEvidence.forEach(evidence::add);
            evidence.flush();
            pendingEvidence.clear();
        }

        private Long issuedBy(String email) {
            if (email == null) {
                return null;
            }
            return issuers.computeIfAbsent(email, address -> accounts.findByEmail(address).map(Account::getId))
                .orElse(null);
        }

        Restored finish() {
            if (issuerId == null) {
                checkFormat();
                throw RestoreRefusedException.notAnExport("issuer");
            }
            criteria.flush();
            categories.flush();
            tags.flush();
            customFields.flush();
            flushRecipients();
            flushAwards();
            return new Restored(slug, name, badgeIds.size(), recipientIds.size(), awardCount, owner.getEmail());
        }
    }

    @FunctionalInterface
    private interface ElementReader {
        void read(RestoreInput in);
    }
}
