/**
 * The small lite badges API under {@code /api/lite}: {@code POST /badge},
 * {@code GET|DELETE /badges}, {@code GET /counters}. The {@code collection} is the issuer's slug and needs a key of
 * that issuer; parameters come as a JSON body (also on GET and DELETE) or as query parameters.
 *
 * <p>Lite names such as {@code profile/1} are not slugs: {@link org.badgeportal.apis.lite.LiteNames} maps them to a badge
 * slug deterministically and keeps the original as the badge's name, which the answers show. The first award of a
 * name creates its badge (not listed in the catalogue). Awards that count are accepted or pending and not expired;
 * {@code DELETE /badges} revokes them with the reason {@value org.badgeportal.apis.lite.LiteService#REMOVED}.
 */
package org.badgeportal.apis.lite;
