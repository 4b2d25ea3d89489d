package org.badgeportal.apis.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The badge part of the portal API: reads, writes in every input type, errors, scope and query cost. */
@PortalTest
class BadgeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AwardService awards;

    Issuer issuer;
    String key;

    @BeforeEach
    void issuerWithKey() {
        issuer = data.issuer(data.account("badgeapi"), AcceptancePolicy.AUTOMATIC);
        key = data.apiKey(issuer);
    }

    private MockHttpServletRequestBuilder keyed(MockHttpServletRequestBuilder request) {
        return request.header("X-Api-Key", key);
    }

    private static String readingBadge(String slug) {
        return """
                {"slug": "%s", "name": "Reading Badge", "strapline": "Read ten books.",
                 "earnerDescription": "Read ten books.", "consumerDescription": "The holder read ten books.",
                 "type": "skill", "imageUrl": "https://school.example/reading.png", "timeValue": 10,
                 "timeUnits": "weeks", "limit": 5, "unique": true, "issuerUrl": "https://school.example",
                 "criteria": [{"description": "Read ten books", "required": true, "note": "Check the log"},
                              {"description": "Review one", "required": 0}],
                 "categories": ["literacy"], "tags": ["Books", "reading"],
                 "customFields": {"level": "gold", "points": 5}, "backgroundColor": "teal", "validityDays": 365}
                """.formatted(slug);
    }

    private long badgeCount() {
        return jdbc.queryForObject("select count(*) from badge where issuer_id = ?", Long.class, issuer.getId());
    }

    @Test
    void createsABadgeFromJsonWithEveryFieldAndReadsItBack() throws Exception {
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON)
                .content(readingBadge("reading-badge")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("created"))
            .andExpect(jsonPath("$.badge.slug").value("reading-badge"))
            .andExpect(jsonPath("$.badge.timeUnits").value("weeks"))
            .andExpect(jsonPath("$.badge.limit").value(5))
            .andExpect(jsonPath("$.badge.unique").value(true))
            .andExpect(jsonPath("$.badge.archived").value(false))
            .andExpect(jsonPath("$.badge.imageUrl").value("https://school.example/reading.png"))
            .andExpect(jsonPath("$.badge.system.slug").value(issuer.getSlug()))
            .andExpect(jsonPath("$.badge.system.issuers", hasSize(0)))
            .andExpect(jsonPath("$.badge.criteria[0].id").value(1))
            .andExpect(jsonPath("$.badge.criteria[0].note").value("Check the log"))
            .andExpect(jsonPath("$.badge.criteria[1].required").value(false))
            .andExpect(jsonPath("$.badge.tags[0]").value("books"))
            .andExpect(jsonPath("$.badge.categories[0]").value("literacy"))
            .andExpect(jsonPath("$.badge.milestones", hasSize(0)))
            .andExpect(jsonPath("$.badge.customFields.points").value(5))
            .andExpect(jsonPath("$.badge.customFields.level").value("gold"))
            .andExpect(jsonPath("$.badge.backgroundColor").value("teal"))
            .andExpect(jsonPath("$.badge.validityDays").value(365))
            .andExpect(jsonPath("$.badge.listed").value(true))
            .andExpect(jsonPath("$.badge.created").isString());

        mvc.perform(keyed(get("/api/v1/badges/reading-badge")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.badge.name").value("Reading Badge"))
            .andExpect(jsonPath("$.badge.earnerDescription").value("Read ten books."));
    }

    @Test
    void createsFromFormFieldsAndFromAMultipartUpload() throws Exception {
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("slug", "form-badge").param("name", "Form Badge").param("earnerDescription", "E")
                .param("consumerDescription", "C").param("type", "skill").param("unique", "true")
                .param("image", "https://school.example/form.png"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.badge.imageUrl").value("https://school.example/form.png"))
            .andExpect(jsonPath("$.badge.unique").value(true));

        MockMultipartFile image = new MockMultipartFile("image", "badge.png", "image/png", TestImages.png());
        mvc.perform(multipart("/api/v1/badges").file(image).header("X-Api-Key", key)
                .param("slug", "upload-badge").param("name", "Upload Badge").param("earnerDescription", "E")
                .param("consumerDescription", "C").param("type", "skill"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.badge.imageUrl", startsWith("http://localhost")))
            .andExpect(jsonPath("$.badge.imageUrl").value(org.hamcrest.Matchers.containsString("/images/")));
    }

    @Test
    void acceptsBadgesNinjasParametersWithADataUriImage() throws Exception {
        String body = """
                {"parameters": {"name": "JavaScript Fundamentals",
                 "description": "Demonstrates proficiency in core JavaScript concepts",
                 "criteria": "Completed the course with a score of 80%% or higher",
                 "image": "%s", "issuerId": "ignored"}}
                """.formatted(TestImages.dataUri(TestImages.png()));
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.badge.slug").value("javascript-fundamentals"))
            .andExpect(jsonPath("$.badge.earnerDescription")
                    .value("Demonstrates proficiency in core JavaScript concepts"))
            .andExpect(jsonPath("$.badge.consumerDescription")
                    .value("Demonstrates proficiency in core JavaScript concepts"))
            .andExpect(jsonPath("$.badge.criteria[0].description")
                    .value("Completed the course with a score of 80% or higher"))
            .andExpect(jsonPath("$.badge.imageUrl").value(org.hamcrest.Matchers.containsString("/images/")));
    }

    @Test
    void invalidInputGetsOneDetailPerBadFieldAndWritesNothing() throws Exception {
        String body = """
                {"slug": "Not A Slug", "name": "", "earnerDescription": "E", "consumerDescription": "C",
                 "type": "skill", "imageUrl": "ftp://example.org/x.png", "timeValue": "ten", "timeUnits": "weeks",
                 "unique": "perhaps"}
                """;
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value("ValidationError"))
            .andExpect(jsonPath("$.message").value("Could not validate required fields"))
            .andExpect(jsonPath("$.details[?(@.field == 'unique')].value").value("perhaps"));

        body = """
                {"slug": "Not A Slug", "name": "", "earnerDescription": "E", "consumerDescription": "C",
                 "type": "skill", "imageUrl": "ftp://example.org/x.png", "timeValue": "ten", "timeUnits": "weeks"}
                """;
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[?(@.field == 'slug')].value").value("Not A Slug"))
            .andExpect(jsonPath("$.details[?(@.field == 'name')].message").isNotEmpty())
            .andExpect(jsonPath("$.details[?(@.field == 'imageUrl')]").isNotEmpty())
            .andExpect(jsonPath("$.details[?(@.field == 'timeValue')].value").value("ten"))
            .andExpect(jsonPath("$.details", hasSize(4)));
        assertThat(badgeCount()).isZero();

        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"slug\": \"no-image\", \"name\": \"N\", \"earnerDescription\": \"E\","
                        + " \"consumerDescription\": \"C\", \"type\": \"skill\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[0].field").value("imageUrl"));
        assertThat(badgeCount()).isZero();
    }

    @Test
    void aTakenSlugIsAConflictWithTheStoredBadge() throws Exception {
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON)
                .content(readingBadge("taken"))).andExpect(status().isCreated());
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON)
                .content(readingBadge("taken").replace("Reading Badge", "Other")))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.code").value("ResourceConflict"))
            .andExpect(jsonPath("$.error").value("badge with that `slug` already exists"))
            .andExpect(jsonPath("$.details.name").value("Reading Badge"))
            .andExpect(jsonPath("$.details.timeUnits").value("weeks"));
        assertThat(badgeCount()).isEqualTo(1);
    }

    @Test
    void anUpdateChangesOnlyTheGivenFields() throws Exception {
        mvc.perform(keyed(post("/api/v1/badges")).contentType(MediaType.APPLICATION_JSON)
                .content(readingBadge("to-update"))).andExpect(status().isCreated());
        mvc.perform(keyed(put("/api/v1/badges/to-update")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"strapline\": \"Read twelve books.\", \"archived\": true, \"tags\": \"new\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("updated"))
            .andExpect(jsonPath("$.badge.strapline").value("Read twelve books."))
            .andExpect(jsonPath("$.badge.archived").value(true))
            .andExpect(jsonPath("$.badge.tags[0]").value("new"))
            .andExpect(jsonPath("$.badge.name").value("Reading Badge"))
            .andExpect(jsonPath("$.badge.criteria", hasSize(2)))
            .andExpect(jsonPath("$.badge.customFields.points").value(5))
            .andExpect(jsonPath("$.badge.imageUrl").value("https://school.example/reading.png"));

        mvc.perform(keyed(put("/api/v1/badges/to-update")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("new-slug", "renamed").param("name", "Renamed"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.badge.slug").value("renamed"))
            .andExpect(jsonPath("$.badge.strapline").value("Read twelve books."));

        mvc.perform(keyed(put("/api/v1/badges/renamed")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[0].field").value("name"));
        mvc.perform(keyed(get("/api/v1/badges/renamed"))).andExpect(jsonPath("$.badge.name").value("Renamed"));
        mvc.perform(keyed(put("/api/v1/badges/missing")).contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.message").value("Could not find badge field: `slug`, value: `missing`"));
    }

    @Test
    void listsWithTheArchivedFilterAndProgram() throws Exception {
        Badge active = data.badge(issuer, "Active");
        Badge archived = data.badge(issuer, "Archived");
        jdbc.update("update badge set archived = true where id = ?", archived.getId());

        mvc.perform(keyed(get("/api/v1/badges")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.badges", hasSize(1)))
            .andExpect(jsonPath("$.badges[0].slug").value(active.getSlug()));
        mvc.perform(keyed(get("/api/v1/badges").param("archived", "true")))
            .andExpect(jsonPath("$.badges", hasSize(1)))
            .andExpect(jsonPath("$.badges[0].slug").value(archived.getSlug()));
        mvc.perform(keyed(get("/api/v1/badges").param("archived", "any")))
            .andExpect(jsonPath("$.badges", hasSize(2)));
        mvc.perform(keyed(get("/api/v1/badges").param("archived", "maybe")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.code").value("ValidationError"))
            .andExpect(jsonPath("$.details[0].field").value("archived"))
            .andExpect(jsonPath("$.details[0].value").value("maybe"));
        mvc.perform(keyed(get("/api/v1/badges").param("program", "no-such-program")))
            .andExpect(jsonPath("$.badges", hasSize(0)));
    }

    @Test
    void listingCostsTheSameNumberOfQueriesForOneOrManyBadges() throws Exception {
        data.badge(issuer, "First");
        mvc.perform(keyed(get("/api/v1/badges"))); // the key's first use is recorded once
        long one = SqlStatements.countDuring(() -> mvc.perform(keyed(get("/api/v1/badges")))
                .andExpect(jsonPath("$.badges", hasSize(1))));
        for (int i = 0; i < 6; i++) {
            Badge badge = data.badge(issuer, "More " + i);
            jdbc.update("insert into badge_tag (badge_id, name) values (?, ?)", badge.getId(), "tag" + i);
            jdbc.update("insert into badge_criterion (badge_id, position, description, required) values (?, 0, ?, true)",
                    badge.getId(), "Do " + i);
        }
        long seven = SqlStatements.countDuring(() -> mvc.perform(keyed(get("/api/v1/badges")))
                .andExpect(jsonPath("$.badges", hasSize(7))));
        assertThat(seven).isEqualTo(one);
    }

    @Test
    void deletingIsRefusedWhileAwardsExist() throws Exception {
        Badge free = data.badge(issuer, "Free");
        Badge awarded = data.badge(issuer, "Awarded");
        awards.issue(AwardRequest.of(awarded, "someone@example.org"));

        mvc.perform(keyed(delete("/api/v1/badges/" + free.getSlug())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("deleted"))
            .andExpect(jsonPath("$.badge.slug").value(free.getSlug()));
        mvc.perform(keyed(get("/api/v1/badges/" + free.getSlug()))).andExpect(status().isNotFound());

        mvc.perform(keyed(delete("/api/v1/badges/" + awarded.getSlug())))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.code").value("ResourceConflict"))
            .andExpect(jsonPath("$.details.awards").value(1));
        assertThat(badgeCount()).isEqualTo(1);
    }

    @Test
    void shareTextIsPlainText() throws Exception {
        Badge badge = data.badge(issuer, "Shared");
        String path = "/api/v1/badges/" + badge.getSlug() + "/share-text";
        mvc.perform(keyed(put(path)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parameters\": {\"text\": \"I just earned it!\"}}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("updated"))
            .andExpect(jsonPath("$.shareText").value("I just earned it!"));
        mvc.perform(keyed(put(path)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"<b>bold</b>\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.details[0].field").value("text"));
        mvc.perform(keyed(get("/api/v1/badges/" + badge.getSlug())))
            .andExpect(jsonPath("$.badge.shareText").value("I just earned it!"));
        mvc.perform(keyed(put(path)).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"\"}"))
            .andExpect(jsonPath("$.shareText", nullValue()));
    }

    @Test
    void anotherIssuersKeyNeitherSeesNorChangesTheBadge() throws Exception {
        Badge badge = data.badge(issuer, "Mine");
        Issuer other = data.issuer(data.account("other"), AcceptancePolicy.AUTOMATIC);
        String otherKey = data.apiKey(other);
        String path = "/api/v1/badges/" + badge.getSlug();

        mvc.perform(get(path).header("X-Api-Key", otherKey))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.code").value("ResourceNotFound"));
        mvc.perform(put(path).header("X-Api-Key", otherKey).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Stolen\"}"))
            .andExpect(status().isNotFound());
        mvc.perform(put(path + "/share-text").header("X-Api-Key", otherKey).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"Stolen\"}"))
            .andExpect(status().isNotFound());
        mvc.perform(delete(path).header("Authorization", "Bearer " + otherKey)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/badges").header("X-Api-Key", otherKey))
            .andExpect(jsonPath("$.badges", hasSize(0)));
        mvc.perform(keyed(get(path))).andExpect(jsonPath("$.badge.name").value("Mine"));
        mvc.perform(get("/api/v1/badges")).andExpect(status().isUnauthorized());
    }
}
