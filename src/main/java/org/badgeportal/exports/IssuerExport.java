package org.badgeportal.exports;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.Program;
import org.badgeportal.exports.ExportQueries.BadgeDetails;
import org.badgeportal.exports.ExportRows.AwardEvidenceRow;
import org.badgeportal.exports.ExportRows.BadgeImage;
import org.badgeportal.exports.ExportRows.RecipientRow;
import org.badgeportal.images.StoredImage;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes everything an issuer owns as one JSON document (see README "Back up and restore"), straight to the
 * response while the rows stream in: memory stays flat however many awards the issuer has. Leaves out members,
 * API keys and signing keys.
 */
@Service
class IssuerExport {

    private final ExportQueries queries;
    private final JsonMapper json;
    private final Clock clock;

    IssuerExport(ExportQueries queries, JsonMapper json, Clock clock) {
        this.queries = queries;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void write(String slug, OutputStream out) {
        Issuer issuer = queries.issuer(slug).orElseThrow(() -> new NotFoundException("Issuer"));
        Instant now = clock.instant();
        try (JsonGenerator gen = json.createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("format", ExportFormat.NAME);
            gen.writeNumberProperty("formatVersion", ExportFormat.VERSION);
            gen.writeStringProperty("exportedAt", now.toString());
            writeIssuer(gen, issuer);
            writePrograms(gen, queries.programs(issuer.getId()));
            writeBadges(gen, issuer.getId());
            writeRecipients(gen, issuer.getId());
            writeAwards(gen, issuer.getId(), now);
            gen.writeEndObject();
        }
    }

    private void writeIssuer(JsonGenerator gen, Issuer issuer) {
        gen.writeObjectPropertyStart("issuer");
        gen.writeStringProperty("slug", issuer.getSlug());
        gen.writeStringProperty("name", issuer.getName());
        gen.writeStringProperty("description", issuer.getDescription());
        gen.writeStringProperty("url", issuer.getUrl());
        gen.writeStringProperty("contactEmail", issuer.getContactEmail());
        gen.writeStringProperty("acceptancePolicy", issuer.getAcceptancePolicy().name());
        gen.writeBooleanProperty("verified", issuer.isVerified());
        instant(gen, "createdAt", issuer.getCreatedAt());
        StoredImage image = issuer.getImage();
        image(gen, image == null ? null : image.getContentType(), image == null ? null : image.getBytes());
        gen.writeEndObject();
    }

    private static void writePrograms(JsonGenerator gen, List<Program> programs) {
        gen.writeArrayPropertyStart("programs");
        for (Program program : programs) {
            gen.writeStartObject();
            gen.writeStringProperty("slug", program.getSlug());
            gen.writeStringProperty("name", program.getName());
            gen.writeStringProperty("description", program.getDescription());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private void writeBadges(JsonGenerator gen, Long issuerId) {
        List<Badge> badges = queries.badges(issuerId);
        BadgeDetails details = queries.badgeDetails(issuerId);
        gen.writeArrayPropertyStart("badges");
        try (Stream<BadgeImage> images = queries.badgeImages(issuerId)) {
            Iterator<BadgeImage> imageRows = images.iterator();
            BadgeImage image = imageRows.hasNext() ? imageRows.next() : null;
            for (Badge badge : badges) {
                boolean own = image != null && image.badgeSlug().equals(badge.getSlug());
                writeBadge(gen, badge, details, own ? image : null);
                if (own) {
                    image = imageRows.hasNext() ? imageRows.next() : null;
                }
            }
        }
        gen.writeEndArray();
    }

    private void writeBadge(JsonGenerator gen, Badge badge, BadgeDetails details, BadgeImage image) {
        gen.writeStartObject();
        gen.writeStringProperty("slug", badge.getSlug());
        gen.writeStringProperty("name", badge.getName());
        gen.writeStringProperty("program", badge.getProgram() == null ? null : badge.getProgram().getSlug());
        gen.writeStringProperty("strapline", badge.getStrapline());
        gen.writeStringProperty("earnerDescription", badge.getEarnerDescription());
        gen.writeStringProperty("consumerDescription", badge.getConsumerDescription());
        gen.writeStringProperty("type", badge.getType());
        gen.writeStringProperty("issuerUrl", badge.getIssuerUrl());
        gen.writeStringProperty("rubricUrl", badge.getRubricUrl());
        gen.writeStringProperty("criteriaUrl", badge.getCriteriaUrl());
        number(gen, "timeValue", badge.getTimeValue());
        gen.writeStringProperty("timeUnits", badge.getTimeUnits() == null ? null : badge.getTimeUnits().name());
        number(gen, "limit", badge.getLimit());
        gen.writeBooleanProperty("unique", badge.isUnique());
        gen.writeBooleanProperty("archived", badge.isArchived());
        gen.writeBooleanProperty("listed", badge.isListed());
        gen.writeStringProperty("backgroundColor", badge.getBackgroundColor());
        number(gen, "validityDays", badge.getValidityDays());
        gen.writeStringProperty("shareText", badge.getShareText());
        gen.writeStringProperty("imageUrl", badge.getImageUrl());
        image(gen, image == null ? null : image.contentType(), image == null ? null : image.bytes());
        gen.writeArrayPropertyStart("criteria");
        for (Criterion criterion : details.criteria(badge.getId())) {
            gen.writeStartObject();
            gen.writeStringProperty("description", criterion.getDescription());
            gen.writeBooleanProperty("required", criterion.isRequired());
            gen.writeStringProperty("note", criterion.getNote());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        strings(gen, "categories", details.categories(badge.getId()));
        strings(gen, "tags", details.tags(badge.getId()));
        gen.writeObjectPropertyStart("customFields");
        for (Map.Entry<String, String> field : details.customFields(badge.getId()).entrySet()) {
            gen.writeName(field.getKey());
            gen.writeTree(literal(field.getValue()));
        }
        gen.writeEndObject();
        instant(gen, "createdAt", badge.getCreatedAt());
        instant(gen, "updatedAt", badge.getUpdatedAt());
        gen.writeEndObject();
    }

    private void writeRecipients(JsonGenerator gen, Long issuerId) {
        gen.writeArrayPropertyStart("recipients");
        try (Stream<RecipientRow> rows = queries.recipients(issuerId)) {
            rows.forEach(row -> {
                gen.writeStartObject();
                gen.writeStringProperty("identifier", row.identifier());
                gen.writeStringProperty("kind", row.kind().name());
                gen.writeBooleanProperty("linked", row.linked());
                gen.writeStringProperty("accountName", row.accountName());
                gen.writeStringProperty("claimTokenHash", row.claimTokenHash());
                instant(gen, "createdAt", row.createdAt());
                gen.writeEndObject();
            });
        }
        gen.writeEndArray();
    }

    private void writeAwards(JsonGenerator gen, Long issuerId, Instant now) {
        gen.writeArrayPropertyStart("awards");
        try (Stream<AwardEvidenceRow> rows = queries.awards(issuerId)) {
            ExportedAward.forEach(rows, exported -> {
                AwardEvidenceRow award = exported.award();
                gen.writeStartObject();
                gen.writeStringProperty("id", award.publicId());
                gen.writeStringProperty("badge", award.badgeSlug());
                gen.writeStringProperty("recipient", award.recipient());
                gen.writeStringProperty("status", award.status().name());
                gen.writeStringProperty("state", ExportFormat.state(award.status(), award.expiresAt(), now));
                instant(gen, "issuedAt", award.issuedAt());
                instant(gen, "validFrom", award.validFrom());
                instant(gen, "expiresAt", award.expiresAt());
                instant(gen, "respondedAt", award.respondedAt());
                instant(gen, "revokedAt", award.revokedAt());
                gen.writeStringProperty("revocationReason", award.revocationReason());
                gen.writeStringProperty("narrative", award.narrative());
                strings(gen, "evidence", exported.evidence());
                gen.writeStringProperty("payload", award.payload());
                gen.writeStringProperty("issuedBy", award.issuedBy());
                gen.writeEndObject();
            });
        }
        gen.writeEndArray();
    }

    /** A custom field's stored JSON literal as JSON; kept as a string if it is not valid JSON. */
    private JsonNode literal(String value) {
        try {
            return json.readTree(value);
        } catch (RuntimeException notJson) {
            return tools.jackson.databind.node.StringNode.valueOf(value);
        }
    }

    private static void image(JsonGenerator gen, String contentType, byte[] bytes) {
        if (bytes == null) {
            gen.writeNullProperty("image");
            return;
        }
        gen.writeObjectPropertyStart("image");
        gen.writeStringProperty("contentType", contentType);
        gen.writeBinaryProperty("base64", bytes);
        gen.writeEndObject();
    }

    private static void strings(JsonGenerator gen, String name, List<String> values) {
        gen.writeArrayPropertyStart(name);
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static void number(JsonGenerator gen, String name, Integer value) {
        if (value == null) {
            gen.writeNullProperty(name);
        } else {
            gen.writeNumberProperty(name, value);
        }
    }

    private static void instant(JsonGenerator gen, String name, Instant value) {
        gen.writeStringProperty(name, value == null ? null : value.toString());
    }
}
