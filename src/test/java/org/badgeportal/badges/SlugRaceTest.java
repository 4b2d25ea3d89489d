package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import java.time.Clock;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Two editors saving the same slug at once both pass the "slug taken?" check; the database constraint stops the
 * second one. That violation must come back as the slug's field error, not as a server error.
 */
@PortalTest
class SlugRaceTest {

    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void aSlugTakenAtTheDatabaseConstraintBecomesTheSlugFieldError() {
        Account account = data.account("racer");
        Issuer issuer = data.issuer(account, AcceptancePolicy.REQUIRED);
        Badge first = data.badge(issuer, "First");

        DataIntegrityViolationException violation = catchThrowableOfType(DataIntegrityViolationException.class,
                () -> transactions.executeWithoutResult(s -> {
                    Badge second = new Badge(issuer, first.getSlug(), "Second", clock.instant());
                    second.setEarnerDescription("e");
                    second.setConsumerDescription("c");
                    second.setType("t");
                    badges.saveAndFlush(second);
                }));
        assertThat(violation).isNotNull();

        BadgeForm form = BadgeForm.blank();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "badgeForm");
        BadgeEditor.rejectTakenSlug(violation, errors);

        assertThat(errors.getFieldError("slug")).isNotNull();
        assertThat(errors.getFieldError("slug").getCode()).isEqualTo("badge.slug.taken");
        assertThat(badges.count((root, query, cb) -> cb.equal(root.get("issuer"), issuer))).isEqualTo(1);
    }
}
