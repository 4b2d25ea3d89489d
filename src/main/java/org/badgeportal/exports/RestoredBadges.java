package org.badgeportal.exports;

import static org.badgeportal.exports.RestoreWriter.FLAG;
import static org.badgeportal.exports.RestoreWriter.ID;
import static org.badgeportal.exports.RestoreWriter.INT;
import static org.badgeportal.exports.RestoreWriter.TEXT;
import static org.badgeportal.exports.RestoreWriter.time;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.badgeportal.badges.TimeUnits;
import tools.jackson.databind.JsonNode;

/**
 * The badges of one restore ({@link IssuerRestore}): each badge row, its criteria, categories, tags and custom
 * fields (the last four in batches), and its image through the restore's image check.
 */
final class RestoredBadges {

    private final RestoreWriter writer;
    private final RestoreWriter.Ids ids;
    private final long issuerId;
    private final Map<String, Long> programIds;
    private final BiFunction<RestoreInput, String, Long> images;
    private final Map<String, Long> badgeIds = new HashMap<>();
    private final RestoreWriter.Batch criteria;
    private final RestoreWriter.Batch categories;
    private final RestoreWriter.Batch tags;
    private final RestoreWriter.Batch customFields;

    /** For the issuer with that id and its programs (by slug); {@code images} stores an element's image. */
    RestoredBadges(RestoreWriter writer, RestoreWriter.Ids ids, long issuerId, Map<String, Long> programIds,
                   BiFunction<RestoreInput, String, Long> images) {
        this.writer = writer;
        this.ids = ids;
        this.issuerId = issuerId;
        this.programIds = programIds;
        this.images = images;
        this.criteria = writer.batch(
                "insert into badge_criterion (badge_id, position, description, required, note) values (?, ?, ?, ?, ?)",
                ID, INT, TEXT, FLAG, TEXT);
        this.categories = writer.batch(
                "insert into badge_category (badge_id, name) values (?, ?)", ID, TEXT);
        this.tags = writer.batch(
                "insert into badge_tag (badge_id, name) values (?, ?)", ID, TEXT);
        this.customFields = writer.batch(
                "insert into badge_custom_field (badge_id, field_name, field_value) values (?, ?, ?)", ID, TEXT, TEXT);
    }

    /** The ids of the badges written so far, by slug. */
    Map<String, Long> ids() {
        return badgeIds;
    }

    void badge(RestoreInput in) {
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
        Long imageId = images.apply(in, "image");
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
        Set<String> values = new LinkedHashSet<>();
        for (JsonNode node : in.array(field)) {
            values.add(RestoreInput.element(node, in.path(field), 64));
        }
        return values;
    }

    void flush() {
        criteria.flush();
        categories.flush();
        tags.flush();
        customFields.flush();
    }
}
