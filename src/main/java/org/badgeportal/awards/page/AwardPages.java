package org.badgeportal.awards.page;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BadgeFace;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.HttpUrls;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the verification page of one award for one viewer. ACCEPTED and REVOKED awards are public (a revoked
 * award must still say so to whoever checks it); PENDING and DECLINED ones exist only for the recipient's account
 * and the issuer's members: for everybody else they are "not found", exactly like an unknown id.
 */
@Service
@Transactional(readOnly = true)
class AwardPages {

    private final AwardPageQueries queries;
    private final IssuerService issuers;
    private final PortalProperties properties;
    private final Clock clock;

    AwardPages(AwardPageQueries queries, IssuerService issuers, PortalProperties properties,
               Clock clock) {
        this.queries = queries;
        this.issuers = issuers;
        this.properties = properties;
        this.clock = clock;
    }

    AwardPage page(String publicId, Long viewerAccountId) {
        Award award = queries.findForPage(publicId).orElseThrow(() -> new NotFoundException("Award"));
        Recipient recipient = award.getRecipient();
        Account account = recipient.getAccount();
        AwardPage.Viewer viewer = viewerOf(award, account, viewerAccountId);
        boolean publicState = award.getStatus() == AwardStatus.ACCEPTED || award.getStatus() == AwardStatus.REVOKED;
        if (!publicState && viewer == AwardPage.Viewer.OTHER) {
            throw new NotFoundException("Award");
        }
        boolean publicProfile = account != null && account.isProfilePublic();
        String name = publicProfile ? account.getDisplayName()
                : recipient.getKind() == RecipientKind.SITE_USER ? recipient.getIdentifier() : null;
        Instant now = clock.instant();
        List<String> evidence = award.getEvidence().stream()
                .filter(HttpUrls::isHttpUrl)
                .toList();
        Badge badge = award.getBadge();
        String url = properties.link("/awards/" + award.getPublicId());
        return new AwardPage(award.getPublicId(), BadgeFace.of(badge), award.getStatus(), name,
                publicProfile ? "/u/" + account.getHandle() : null,
                viewer == AwardPage.Viewer.OTHER ? null : recipient.getIdentifier(), viewer,
                award.getNarrative(), evidence, award.getIssuedAt(), award.getValidFrom(), award.getExpiresAt(),
                award.isExpired(now), now.isBefore(award.getValidFrom()), award.getRevokedAt(),
                award.getRevocationReason(), badge.getShareText(), url,
                LinkedInCertification.link(badge.getName(), badge.getIssuer().getName(), award.getIssuedAt(),
                        award.getExpiresAt(), url, award.getPublicId()));
    }

    private AwardPage.Viewer viewerOf(Award award, Account linked, Long viewerAccountId) {
        if (viewerAccountId == null) {
            return AwardPage.Viewer.OTHER;
        }
        if (linked != null && linked.getId().equals(viewerAccountId)) {
            return AwardPage.Viewer.RECIPIENT;
        }
        return issuers.isMember(award.getBadge().getIssuer(), viewerAccountId)
                ? AwardPage.Viewer.ISSUER_MEMBER : AwardPage.Viewer.OTHER;
    }
}
