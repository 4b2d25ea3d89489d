package org.badgeportal.exports;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.badgeportal.badges.Badge;
import org.badgeportal.exports.ExportQueries.BadgeDetails;
import org.badgeportal.exports.ExportRows.AwardEvidenceRow;
import org.badgeportal.exports.ExportRows.RecipientRow;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The issuer's badges, awards and recipients as CSV files for spreadsheets, streamed like the JSON export. */
@Service
class CsvExport {

    private final ExportQueries queries;
    private final PortalProperties portal;
    private final Clock clock;

    CsvExport(ExportQueries queries, PortalProperties portal, Clock clock) {
        this.queries = queries;
        this.portal = portal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void badges(String slug, OutputStream out) {
        Long issuerId = issuerId(slug);
        List<Badge> badges = queries.badges(issuerId);
        BadgeDetails details = queries.badgeDetails(issuerId);
        try (CsvCells csv = CsvCells.open(out, "slug", "name", "program", "strapline", "earner_description",
                "type", "criteria_url", "categories", "tags", "unique", "limit", "validity_days", "listed",
                "archived", "image", "page", "created_at", "updated_at")) {
            for (Badge badge : badges) {
                csv.row(badge.getSlug(), badge.getName(),
                        badge.getProgram() == null ? null : badge.getProgram().getSlug(), badge.getStrapline(),
                        badge.getEarnerDescription(), badge.getType(), badge.getCriteriaUrl(),
                        String.join("; ", details.categories(badge.getId())),
                        String.join("; ", details.tags(badge.getId())), badge.isUnique(), badge.getLimit(),
                        badge.getValidityDays(), badge.isListed(), badge.isArchived(), image(badge),
                        portal.link("/issuers/" + slug + "/badges/" + badge.getSlug()), badge.getCreatedAt(),
                        badge.getUpdatedAt());
            }
        }
    }

    @Transactional(readOnly = true)
    public void awards(String slug, OutputStream out) {
        Long issuerId = issuerId(slug);
        Instant now = clock.instant();
        try (CsvCells csv = CsvCells.open(out, "id", "url", "badge", "recipient", "recipient_kind", "state",
                "issued_at", "valid_from", "expires_at", "responded_at", "revoked_at", "revocation_reason",
                "narrative", "evidence", "issued_by");
             Stream<AwardEvidenceRow> rows = queries.awards(issuerId)) {
            ExportedAward.forEach(rows, exported -> {
                AwardEvidenceRow a = exported.award();
                csv.row(a.publicId(), portal.link("/awards/" + a.publicId()), a.badgeSlug(), a.recipient(),
                        a.recipientKind().name().toLowerCase(java.util.Locale.ROOT),
                        ExportFormat.state(a.status(), a.expiresAt(), now), a.issuedAt(), a.validFrom(),
                        a.expiresAt(), a.respondedAt(), a.revokedAt(), a.revocationReason(), a.narrative(),
                        String.join(" ", exported.evidence()), a.issuedBy());
            });
        }
    }

    @Transactional(readOnly = true)
    public void recipients(String slug, OutputStream out) {
        Long issuerId = issuerId(slug);
        try (CsvCells csv = CsvCells.open(out, "recipient", "kind", "linked", "account_name", "awards",
                "created_at");
             Stream<RecipientRow> rows = queries.recipients(issuerId)) {
            rows.forEach(r -> csv.row(r.identifier(), r.kind().name().toLowerCase(java.util.Locale.ROOT),
                    r.linked(), r.accountName(), r.awards(), r.createdAt()));
        }
    }

    private String image(Badge badge) {
        if (badge.getImage() != null) {
            return portal.link("/images/" + badge.getImage().getId());
        }
        return badge.getImageUrl();
    }

    private Long issuerId(String slug) {
        return queries.issuer(slug).map(Issuer::getId).orElseThrow(() -> new NotFoundException("Issuer"));
    }
}
