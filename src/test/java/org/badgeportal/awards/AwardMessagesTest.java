package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Locale;
import org.badgeportal.awards.bulk.BulkCsv;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every refusal, bulk outcome and upload problem has a message a page can show. */
@PortalTest
class AwardMessagesTest {

    @Autowired
    MessageSource messages;

    @Test
    void everyCodeHasAMessage() {
        for (AwardRefusal refusal : AwardRefusal.values()) {
            assertThat(messages.getMessage("awards.refusal." + refusal, null, null, Locale.ENGLISH))
                    .as(refusal.name()).isNotBlank();
        }
        for (BulkOutcome outcome : BulkOutcome.values()) {
            assertThat(messages.getMessage("awards.bulk." + outcome, null, null, Locale.ENGLISH))
                    .as(outcome.name()).isNotBlank();
        }
        for (BulkCsv.Kind kind : BulkCsv.Kind.values()) {
            assertThat(messages.getMessage("awards.csv." + kind, new Object[] {7}, null, Locale.ENGLISH))
                    .as(kind.name()).startsWith("Line 7:");
        }
    }
}
