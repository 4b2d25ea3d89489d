package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What an operator watches: {@code /actuator/prometheus} (the portal's own counters move) and the health probes. */
@PortalTest
class OperatorEndpointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;

    @Test
    void awardsMailsAndEmbedReadsAreCountedInPrometheusFormat() throws Exception {
        Account owner = data.account("metrics");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Counted");
        double issuedBefore = value("badges_awards_issued_total");
        double embedBefore = value("badges_embed_hits_total{kind=\"users\"}");
        double sentBefore = value("badges_mails_sent_total{via=\"smtp\"}");

        String email = TestData.unique("counted") + "@example.org";
        awards.issue(AwardRequest.of(badge, email));
        awards.issue(AwardRequest.of(badge, TestData.unique("site-user")));
        mvc.perform(get("/v1/" + issuer.getSlug() + "/users.json")).andExpect(status().isOk());
        TestMailServer.awaitMailTo(email);

        assertThat(value("badges_awards_issued_total")).isEqualTo(issuedBefore + 2);
        assertThat(value("badges_embed_hits_total{kind=\"users\"}")).isEqualTo(embedBefore + 1);
        assertThat(value("badges_mails_sent_total{via=\"smtp\"}")).isGreaterThanOrEqualTo(sentBefore + 1);
        assertThat(scrape()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
                "badges_mails_failed_total{final=\"true\"}");
    }

    @Test
    void healthReadinessAndLivenessAnswerForLoadBalancers() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            mvc.perform(get(probe)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"));
        }
    }

    private String scrape() throws Exception {
        String body = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).as("Prometheus text format").contains("# TYPE badges_awards_issued_total counter");
        return body;
    }

    private double value(String series) throws Exception {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape());
        assertThat(line.find()).as(series + " is in the scrape").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
