package org.badgeportal.apis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.collections.ShowcaseFixtures;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Collections through the portal API: create, read, change, delete, and who may see or touch what. */
@PortalTest
class CollectionsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShowcaseFixtures showcase;

    Account ann;
    Account bob;
    String annToken;
    String bobToken;
    String first;
    String second;
    String pending;
    String bobs;

    @BeforeEach
    void awards() {
        Account owner = data.account("owner");
        ann = data.account("ann");
        bob = data.account("bob");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = data.badge(issuer, "Helper");
        first = showcase.accepted(badge, ann);
        second = showcase.accepted(badge, ann);
        pending = showcase.pending(badge, ann);
        bobs = showcase.accepted(badge, bob);
        annToken = data.personalToken(ann);
        bobToken = data.personalToken(bob);
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void theOwnerCreatesReadsChangesAndDeletes() throws Exception {
        mvc.perform(as(annToken, post("/api/v1/collections")).content("""
                {"name":"Open source","description":"Mine","public":true,"awards":["%s","%s"]}"""
                .formatted(second, first)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("Open source"))
            .andExpect(jsonPath("$.public").value(true))
            .andExpect(jsonPath("$.awards").value(contains(second, first)));
        assertThat(showcase.itemsOf(ann, "Open source")).containsExactly(second, first);

        mvc.perform(as(annToken, get("/api/v1/collections/Open source")))
            .andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Mine"));

        mvc.perform(as(annToken, put("/api/v1/collections/Open source")).content("{\"public\":false,\"awards\":[\""
                + first + "\"]}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Open source"))
            .andExpect(jsonPath("$.description").value("Mine"))
            .andExpect(jsonPath("$.public").value(false))
            .andExpect(jsonPath("$.awards").value(contains(first)));

        mvc.perform(as(annToken, delete("/api/v1/collections/Open source"))).andExpect(status().isNoContent());
        assertThat(showcase.collectionsNamed(ann, "Open source")).isZero();
        mvc.perform(as(annToken, get("/api/v1/collections/Open source"))).andExpect(status().isNotFound());
    }

    @Test
    void namesAreUniquePerAccount() throws Exception {
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Work\"}"))
            .andExpect(status().isCreated());
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Work\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error").value("You already have a collection with this name."));
        mvc.perform(as(bobToken, post("/api/v1/collections")).content("{\"name\":\"Work\"}"))
            .andExpect(status().isCreated());
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Other\"}"))
            .andExpect(status().isCreated());
        mvc.perform(as(annToken, put("/api/v1/collections/Other")).content("{\"name\":\"Work\"}"))
            .andExpect(status().isConflict());
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\" \"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[0].field").value("name"));
    }

    @Test
    void onlyAwardsTheAccountReceivedAndAcceptedMayBeAddedAndNothingIsHalfSaved() throws Exception {
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Stolen\",\"awards\":[\"" + first
                + "\",\"" + bobs + "\"]}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[0].field").value("awards"));
        assertThat(showcase.collectionsNamed(ann, "Stolen")).isZero();
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Waiting\",\"awards\":[\""
                + pending + "\"]}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void othersSeeOnlyPublicCollectionsAndCannotChangeThem() throws Exception {
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Shown\",\"public\":true,"
                + "\"awards\":[\"" + first + "\"]}")).andExpect(status().isCreated());
        mvc.perform(as(annToken, post("/api/v1/collections")).content("{\"name\":\"Hidden\",\"public\":false}"))
            .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/users/" + ann.getHandle() + "/collections"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.collections[*].name").value(contains("Shown")))
            .andExpect(jsonPath("$.collections[0].awards").value(contains(first)));
        mvc.perform(get("/api/v1/users/" + ann.getHandle() + "/collections")
                .header("Authorization", "Bearer " + annToken))
            .andExpect(jsonPath("$.collections[*].name").value(contains("Hidden", "Shown")));

        mvc.perform(as(bobToken, get("/api/v1/collections/Shown"))).andExpect(status().isNotFound());
        mvc.perform(as(bobToken, put("/api/v1/collections/Shown")).content("{\"public\":false}"))
            .andExpect(status().isNotFound());
        mvc.perform(as(bobToken, delete("/api/v1/collections/Shown"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/collections").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
            .andExpect(status().isUnauthorized());
        assertThat(showcase.collectionsNamed(ann, "Shown")).isEqualTo(1);
        assertThat(showcase.itemsOf(ann, "Shown")).containsExactly(first);

        showcase.setProfilePublic(ann, false);
        mvc.perform(get("/api/v1/users/" + ann.getHandle() + "/collections")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + bob.getHandle() + "/collections"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.collections").value(empty()));
    }
}
