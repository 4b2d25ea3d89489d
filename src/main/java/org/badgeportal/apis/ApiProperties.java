package org.badgeportal.apis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON APIs ({@code badges.api.*}).
 *
 * @param maxBodySize     the largest request body an API call may send (bigger ones get 413)
 * @param maxBulkBodySize the same for bulk awards ({@code POST /api/v1/badges/{slug}/awards})
 * @param signatureWindow how far a signed request's {@code ts} may be from the server's clock
 */
@ConfigurationProperties("badges.api")
public record ApiProperties(DataSize maxBodySize, DataSize maxBulkBodySize, Duration signatureWindow) {
}
