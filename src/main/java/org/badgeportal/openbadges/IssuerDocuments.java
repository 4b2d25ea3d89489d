package org.badgeportal.openbadges;

import java.util.List;
import java.util.Optional;
import org.badgeportal.images.ImageService;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An issuer's {@code Profile} and {@code RevocationList}; empty when there is no such issuer. */
@Service
@Transactional(readOnly = true)
class IssuerDocuments {

    /**
     * The revocation list holds the newest revocations only, so that it stays one bounded query and a small
     * document. An older revoked assertion still answers 410 with {@code revoked: true} at its own URL, which is
     * what hosted verification checks first.
     */
    static final int MAX_REVOCATIONS = 1000;

    private final IssuerService issuers;
    private final ObQueries queries;
    private final ObLinks links;

    IssuerDocuments(IssuerService issuers, ObQueries queries, ObLinks links) {
        this.issuers = issuers;
        this.queries = queries;
        this.links = links;
    }

    Optional<ObDocuments.Profile> profile(String issuerSlug) {
        return issuers.findBySlug(issuerSlug).map(this::profileOf);
    }

    Optional<ObDocuments.RevocationList> revocations(String issuerSlug) {
        return issuers.findBySlug(issuerSlug).map(issuer -> {
            List<ObDocuments.Revocation> revoked = queries.findRevoked(issuer.getId(), Limit.of(MAX_REVOCATIONS))
                    .stream()
                    .map(row -> new ObDocuments.Revocation(links.assertion(row.id()), row.revocationReason()))
                    .toList();
            return new ObDocuments.RevocationList(links.revocations(issuer.getSlug()), links.profile(issuer.getSlug()),
                    revoked);
        });
    }

    private ObDocuments.Profile profileOf(Issuer issuer) {
        String slug = issuer.getSlug();
        String url = ImageService.isHttpUrl(issuer.getUrl()) ? issuer.getUrl() : links.issuerPage(slug);
        String image = issuer.getImage() == null ? null : links.image(issuer.getImage().getId());
        return new ObDocuments.Profile(links.profile(slug), issuer.getName(), url, blankToNull(issuer.getContactEmail()),
                blankToNull(issuer.getDescription()), image, links.revocations(slug));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
