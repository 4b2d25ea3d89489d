package org.badgeportal.badges;

import java.time.Clock;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archiving and deleting badges. A badge that was ever awarded is never deleted (badges.ninja refuses it too):
 * its awards must stay verifiable, so the issuer is offered archiving instead.
 */
@Service
public class BadgeLifecycle {

    private final IssuerService issuers;
    private final BadgeRepository badges;
    private final BadgeAwardFigures awards;
    private final Clock clock;
    private final TransactionTemplate transactions;

    BadgeLifecycle(IssuerService issuers, BadgeRepository badges, BadgeAwardFigures awards, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.issuers = issuers;
        this.badges = badges;
        this.awards = awards;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What happened to a delete request: deleted, or refused because the badge has awards. */
    public record Deletion(boolean deleted, Issuer issuer, String badgeSlug, String badgeName, boolean archived,
                    long awardCount) {

        static Deletion refused(Badge badge, long awardCount) {
            return new Deletion(false, badge.getIssuer(), badge.getSlug(), badge.getName(), badge.isArchived(),
                    awardCount);
        }
    }

    /** Archives or unarchives the badge and returns its name. */
    String setArchived(String issuerSlug, String slug, boolean archived) {
        return transactions.execute(status -> {
            Badge badge = badge(issuerSlug, slug);
            badge.setArchived(archived);
            badge.touch(clock.instant());
            return badge.getName();
        });
    }

    public Deletion delete(String issuerSlug, String slug) {
        try {
            return transactions.execute(status -> {
                Badge badge = badge(issuerSlug, slug);
                long count = awards.countAwards(badge);
                if (count > 0) {
                    return Deletion.refused(badge, count);
                }
                badges.delete(badge);
                badges.flush();
                return new Deletion(true, badge.getIssuer(), badge.getSlug(), badge.getName(), false, 0);
            });
        } catch (DataIntegrityViolationException e) {
            // an award was made while we deleted: the badge stays
            return transactions.execute(status -> {
                Badge badge = badge(issuerSlug, slug);
                return Deletion.refused(badge, awards.countAwards(badge));
            });
        }
    }

    private Badge badge(String issuerSlug, String slug) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        return badges.findByIssuerAndSlug(issuer, slug).orElseThrow(() -> new NotFoundException("Badge"));
    }
}
