package org.badgeportal.embed;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import java.util.stream.IntStream;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** users.json without names lists at most 1000 users, the first in the sort's order; names still find the rest. */
@PortalTest
class EmbedUserLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;

    @Test
    void withoutNamesAtMostAThousandUsersAreListedInTheSortOrder() throws Exception {
        Issuer issuer = data.issuer(data.account("owner"), AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Visitor");
        Badge extra = data.badge(issuer, "Regular");
        List<BulkRow> rows = IntStream.range(0, 1001).mapToObj(i -> BulkRow.of(i + 1, String.format("u%04d", i)))
            .toList();
        awards.commitForIssuer(badge.getId(), rows, issuer.getId());
        awards.commitForIssuer(extra.getId(), List.of(BulkRow.of(1, "u0500")), issuer.getId());
        String path = "/v1/" + issuer.getSlug() + "/users.json";

        mvc.perform(get(path)).andExpect(status().isOk())
            .andExpect(jsonPath("$.users", hasSize(1000)))
            .andExpect(jsonPath("$.users[0].name").value("u0000"))
            .andExpect(jsonPath("$.users[999].name").value("u0999"));
        mvc.perform(get(path).param("sort", "-name")).andExpect(status().isOk())
            .andExpect(jsonPath("$.users", hasSize(1000)))
            .andExpect(jsonPath("$.users[0].name").value("u1000"))
            .andExpect(jsonPath("$.users[999].name").value("u0001"));
        mvc.perform(get(path).param("sort", "-count")).andExpect(status().isOk())
            .andExpect(jsonPath("$.users", hasSize(1000)))
            .andExpect(jsonPath("$.users[0].name").value("u0500"))
            .andExpect(jsonPath("$.users[0].badges", hasSize(2)))
            .andExpect(jsonPath("$.users[1].name").value("u0000"));
        mvc.perform(get(path).param("names", "u1000")).andExpect(status().isOk())
            .andExpect(jsonPath("$.users", hasSize(1)))
            .andExpect(jsonPath("$.users[0].name").value("u1000"));
    }
}
