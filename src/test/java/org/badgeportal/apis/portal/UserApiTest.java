package org.badgeportal.apis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.collections.ShowcaseFixtures;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/users/{handle}}: strangers see public things only, the token holder also pending ones. */
@PortalTest
class UserApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShowcaseFixtures showcase;
    @Autowired
    AwardService awards;

    Account owner;
    Account ann;
    Badge badge;
    String accepted;
    String pending;
    String declined;
    String expired;
    String issued;

    @BeforeEach
    void awardsInEveryState() {
        owner = data.account("issuer-person");
        ann = data.account("ann");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        badge = data.badge(issuer, "Helper");
        accepted = showcase.accepted(badge, ann);
        pending = showcase.pending(badge, ann);
        declined = showcase.pending(badge, ann);
        showcase.decline(declined, ann);
        expired = showcase.expired(badge, ann);
        String revoked = showcase.accepted(badge, ann);
        showcase.revoke(revoked, owner);
        issued = awards.issue(AwardRequest.of(badge, "someone").issuedBy(owner.getId())).publicId();
    }

    @Test
    void strangersSeeOnlyAcceptedUnexpiredAwards() throws Exception {
        mvc.perform(get("/api/v1/users/" + ann.getHandle()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.handle").value(ann.getHandle()))
            .andExpect(jsonPath("$.badgesReceived").value(containsInAnyOrder(accepted)))
            .andExpect(jsonPath("$.badgesAccepted").value(containsInAnyOrder(accepted)))
            .andExpect(jsonPath("$.badgesPending").value(empty()))
            .andExpect(jsonPath("$.badgesDeclined").doesNotExist());
        // Another account's token is a stranger too.
        mvc.perform(get("/api/v1/users/" + ann.getHandle())
                .header("Authorization", "Bearer " + data.personalToken(owner)))
            .andExpect(jsonPath("$.badgesPending").value(empty()));
        // The issuer's pending award to someone without an account is not public.
        mvc.perform(get("/api/v1/users/" + owner.getHandle()))
            .andExpect(jsonPath("$.badgesIssued").value(empty()));
    }

    @Test
    void theTokenHolderSeesPendingAndDeclinedToo() throws Exception {
        mvc.perform(get("/api/v1/users/" + ann.getHandle())
                .header("Authorization", "Bearer " + data.personalToken(ann)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.badgesReceived").value(containsInAnyOrder(accepted, pending, declined, expired)))
            .andExpect(jsonPath("$.badgesAccepted").value(containsInAnyOrder(accepted, expired)))
            .andExpect(jsonPath("$.badgesPending").value(containsInAnyOrder(pending)))
            .andExpect(jsonPath("$.badgesDeclined").value(containsInAnyOrder(declined)));
        mvc.perform(get("/api/v1/users/" + owner.getHandle())
                .header("Authorization", "Bearer " + data.personalToken(owner)))
            .andExpect(jsonPath("$.badgesIssued").value(containsInAnyOrder(issued)));
    }

    @Test
    void aPrivateProfileIsNotFoundForOthersButForItsOwner() throws Exception {
        showcase.setProfilePublic(ann, false);
        mvc.perform(get("/api/v1/users/" + ann.getHandle()))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.code").value("ResourceNotFound"));
        mvc.perform(get("/api/v1/users/" + ann.getHandle())
                .header("Authorization", "Bearer " + data.personalToken(ann)))
            .andExpect(status().isOk());
        mvc.perform(get("/api/v1/users/nobody-" + TestData.unique("x"))).andExpect(status().isNotFound());
    }

    @Test
    void theSummaryTakesAFixedNumberOfStatements() throws Exception {
        long few = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/users/" + ann.getHandle())));
        for (int i = 0; i < 5; i++) {
            showcase.accepted(badge, ann);
        }
        long more = SqlStatements.countDuring(() -> mvc.perform(get("/api/v1/users/" + ann.getHandle())));
        assertThat(more).isEqualTo(few);
    }
}
