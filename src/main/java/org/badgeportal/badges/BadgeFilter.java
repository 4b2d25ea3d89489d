package org.badgeportal.badges;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.domain.Specification;

/**
 * The dashboard's badge list filters: text in name, slug or strapline; archived state as in BadgeKit's list
 * ({@code false} by default, {@code true} or {@code any}); a program slug; a tag. Blank values filter nothing.
 */
public record BadgeFilter(String q, Archived archived, String program, String tag) {

    public enum Archived {
        FALSE, TRUE, ANY;

        /** BadgeKit's parameter value; anything unknown means the default (unarchived only). */
        public static Archived of(String value) {
            if (value == null) {
                return FALSE;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> TRUE;
                case "any" -> ANY;
                default -> FALSE;
            };
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BadgeFilter {
        q = blankToNull(q);
        archived = archived == null ? Archived.FALSE : archived;
        program = blankToNull(program);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
    }

    /** The badges of one issuer that match; fetches the program too, since the list shows it. */
    Specification<Badge> specification(Issuer issuer) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("issuer"), issuer));
            if (archived != Archived.ANY) {
                predicates.add(cb.equal(root.get("archived"), archived == Archived.TRUE));
            }
            if (program != null) {
                predicates.add(cb.equal(root.join("program").get("slug"), program));
            }
            if (tag != null) {
                predicates.add(cb.isMember(tag, root.<java.util.Collection<String>>get("tags")));
            }
            if (q != null) {
                String pattern = "%" + q.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("slug")), pattern, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("strapline"), "")), pattern, '\\')));
            }
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("program", JoinType.LEFT);
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
