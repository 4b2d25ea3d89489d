package org.badgeportal.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.badgeportal.accounts.Account;
import org.badgeportal.exports.ExportFixtures.World;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PortalTest
class ExportTest {

    static final List<String> DOWNLOADS = List.of("issuer.json", "badges.csv", "awards.csv", "recipients.csv");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ExportFixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void thePageExplainsEachFileAndLinksToIt() throws Exception {
        World world = fixtures.build(0);
        mvc.perform(get("/manage/" + world.slug() + "/export").with(user(data.principal(world.owner()))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/manage/" + world.slug() + "/export/issuer.json\"")))
            .andExpect(content().string(containsString("href=\"/manage/" + world.slug() + "/export/awards.csv\"")))
            .andExpect(content().string(containsString("no API keys and no signing keys")))
            .andExpect(content().string(containsString("Back up and restore")))
            .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    void theJsonHoldsEverythingTheIssuerOwnsAndNoSecrets() throws Exception {
        World world = fixtures.build(0);
        String apiKey = data.apiKey(world.issuer());
        MockHttpServletResponse response = download(world, "issuer.json");
        assertThat(response.getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"" + world.slug() + "-issuer.json\"");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(apiKey).doesNotContain("privateKey").doesNotContain(world.staff().getEmail());
        JsonNode doc = json.readTree(text);

        assertThat(doc.get("format").asString()).isEqualTo("badge-portal-issuer-export");
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        JsonNode issuer = doc.get("issuer");
        assertThat(issuer.get("slug").asString()).isEqualTo(world.slug());
        assertThat(issuer.get("description").asString()).isEqualTo("We teach, \"we\" award, and more.");
        assertThat(issuer.get("url").asString()).isEqualTo("https://example.org/about");
        assertThat(issuer.get("contactEmail").asString()).isEqualTo("badges@example.org");
        assertThat(issuer.get("acceptancePolicy").asString()).isEqualTo("REQUIRED");
        assertThat(issuer.get("verified").asBoolean()).isTrue();
        assertThat(Base64.getDecoder().decode(issuer.get("image").get("base64").asString()))
            .isEqualTo(ExportFixtures.ISSUER_PNG);

        assertThat(doc.get("programs")).hasSize(1);
        assertThat(doc.get("programs").get(0).get("name").asString()).isEqualTo("Programme one");

        Map<String, JsonNode> badges = bySlug(doc.get("badges"));
        assertThat(badges).hasSize(2);
        JsonNode full = badges.get(world.full().getSlug());
        assertThat(full.get("program").asString()).isEqualTo(doc.get("programs").get(0).get("slug").asString());
        assertThat(full.get("strapline").asString()).isEqualTo(ExportFixtures.TRICKY);
        assertThat(full.get("timeValue").asInt()).isEqualTo(3);
        assertThat(full.get("timeUnits").asString()).isEqualTo("DAYS");
        assertThat(full.get("limit").asInt()).isEqualTo(1000);
        assertThat(full.get("validityDays").asInt()).isEqualTo(365);
        assertThat(full.get("criteriaUrl").asString()).isEqualTo("https://example.org/criteria");
        assertThat(full.get("criteria")).hasSize(2);
        assertThat(full.get("criteria").get(0).get("description").asString()).isEqualTo("Attend, listen");
        assertThat(full.get("criteria").get(1).get("required").asBoolean()).isFalse();
        assertThat(full.get("categories").toString()).isEqualTo("[\"maths\",\"science\"]");
        assertThat(full.get("tags").toString()).isEqualTo("[\"lab\",\"year-one\"]");
        assertThat(full.get("customFields").get("level").asString()).isEqualTo("gold");
        assertThat(full.get("customFields").get("points").asInt()).isEqualTo(5);
        assertThat(full.get("image").get("contentType").asString()).isEqualTo("image/png");
        assertThat(Base64.getDecoder().decode(full.get("image").get("base64").asString())).isEqualTo(world.badgePng());
        JsonNode archived = badges.get(world.archived().getSlug());
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("unique").asBoolean()).isTrue();
        assertThat(archived.get("image").isNull()).isTrue();
        assertThat(archived.get("imageUrl").asString()).startsWith("https://example.org/");

        Map<String, JsonNode> recipients = new HashMap<>();
        doc.get("recipients").forEach(r -> recipients.put(r.get("identifier").asString(), r));
        assertThat(recipients).hasSize(4);
        assertThat(recipients.get(world.earner().getEmail()).get("kind").asString()).isEqualTo("EMAIL");
        assertThat(recipients.get(world.earner().getEmail()).get("linked").asBoolean()).isTrue();
        assertThat(recipients.values()).filteredOn(r -> r.get("kind").asString().equals("SITE_USER")).hasSize(2);
        assertThat(recipients.values()).filteredOn(r -> r.get("linked").asBoolean()).hasSize(2);

        Map<String, JsonNode> awards = new HashMap<>();
        doc.get("awards").forEach(a -> awards.put(a.get("id").asString(), a));
        assertThat(awards).hasSize(5);
        world.awards().forEach((state, id) -> assertThat(awards.get(id).get("state").asString()).isEqualTo(state));
        JsonNode accepted = awards.get(world.awards().get("accepted"));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("recipient").asString()).isEqualTo(world.earner().getEmail());
        assertThat(accepted.get("badge").asString()).isEqualTo(world.full().getSlug());
        assertThat(accepted.get("narrative").asString()).isEqualTo("Did it, with \"care\", and flair.\nSecond line.");
        assertThat(accepted.get("evidence").toString())
            .isEqualTo("[\"https://example.org/evidence/1\",\"https://example.org/evidence/2\"]");
        assertThat(accepted.get("payload").asString()).isEqualTo("{\"score\":97}");
        assertThat(accepted.get("respondedAt").isNull()).isFalse();
        assertThat(accepted.get("issuedBy").asString()).isEqualTo(world.owner().getEmail());
        JsonNode revoked = awards.get(world.awards().get("revoked"));
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("revocationReason").asString()).isEqualTo("@SUM(A1) given by mistake");
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        assertThat(awards.get(world.awards().get("expired")).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(awards.get(world.awards().get("declined")).get("issuedBy").isNull()).isTrue();
    }

    @Test
    void csvFilesHaveAHeaderEveryRowQuotingAndNoFormulas() throws Exception {
        World world = fixtures.build(0);

        MockHttpServletResponse badges = download(world, "badges.csv");
        assertThat(badges.getContentType()).startsWith("text/csv");
        assertThat(badges.getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"" + world.slug() + "-badges.csv\"");
        String badgesText = badges.getContentAsString(StandardCharsets.UTF_8);
        assertThat(badgesText).startsWith("slug,name,program,strapline,");
        assertThat(badgesText).contains("\"Line one\nline \"\"two\"\", three\"");
        assertThat(badgesText).contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\"");
        assertThat(badgesText).contains("\"'-1 point, +2 points @home\"");
        List<CSVRecord> badgeRows = parse(badgesText);
        assertThat(badgeRows).hasSize(2);
        CSVRecord full = badgeRows.stream().filter(r -> r.get("slug").equals(world.full().getSlug())).findFirst()
            .orElseThrow();
        assertThat(full.get("strapline")).isEqualTo(ExportFixtures.TRICKY);
        assertThat(full.get("tags")).isEqualTo("lab; year-one");
        assertThat(full.get("image")).contains("/images/");

        MockHttpServletResponse awards = download(world, "awards.csv");
        assertThat(awards.getHeader("Content-Disposition"))
            .isEqualTo("attachment; filename=\"" + world.slug() + "-awards.csv\"");
        List<CSVRecord> awardRows = parse(awards.getContentAsString(StandardCharsets.UTF_8));
        assertThat(awardRows).hasSize(5);
        assertThat(awardRows).extracting(r -> r.get("state"))
            .containsExactlyInAnyOrder("pending", "accepted", "declined", "revoked", "expired");
        CSVRecord revoked = awardRows.stream().filter(r -> r.get("state").equals("revoked")).findFirst().orElseThrow();
        assertThat(revoked.get("revocation_reason")).isEqualTo("'@SUM(A1) given by mistake");
        assertThat(revoked.get("url")).endsWith("/awards/" + world.awards().get("revoked"));
        CSVRecord accepted = awardRows.stream().filter(r -> r.get("state").equals("accepted")).findFirst()
            .orElseThrow();
        assertThat(accepted.get("evidence")).isEqualTo("https://example.org/evidence/1 https://example.org/evidence/2");
        assertThat(accepted.get("narrative")).isEqualTo("Did it, with \"care\", and flair.\nSecond line.");
        assertThat(awards.getContentAsString(StandardCharsets.UTF_8)).contains("\r\n");

        MockHttpServletResponse recipients = download(world, "recipients.csv");
        List<CSVRecord> recipientRows = parse(recipients.getContentAsString(StandardCharsets.UTF_8));
        assertThat(recipientRows).hasSize(4);
        CSVRecord earner = recipientRows.stream().filter(r -> r.get("recipient").equals(world.earner().getEmail()))
            .findFirst().orElseThrow();
        assertThat(earner.get("linked")).isEqualTo("true");
        assertThat(earner.get("awards")).isEqualTo("2");
        assertThat(earner.get("kind")).isEqualTo("email");
    }

    @Test
    void onlyOwnersOfTheIssuerMayExport() throws Exception {
        World world = fixtures.build(0);
        Account otherOwner = data.account("other");
        data.issuer(otherOwner, AcceptancePolicy.AUTOMATIC);
        List<String> paths = new ArrayList<>();
        paths.add("/manage/" + world.slug() + "/export");
        DOWNLOADS.forEach(file -> paths.add("/manage/" + world.slug() + "/export/" + file));
        for (String path : paths) {
            mvc.perform(get(path).with(user(data.principal(world.staff())))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user(data.principal(otherOwner)))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(path).with(user(data.principal(world.owner())))).andExpect(status().isOk());
        }
    }

    @Test
    void theJsonCostsTheSameNumberOfStatementsForThreeOrThirtyAwards() throws Exception {
        World few = fixtures.build(3);
        World many = fixtures.build(30);
        download(few, "issuer.json");
        download(many, "issuer.json");
        long small = SqlStatements.countDuring(() -> download(few, "issuer.json"));
        long large = SqlStatements.countDuring(() -> download(many, "issuer.json"));
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(15);
        assertThat(json.readTree(download(many, "issuer.json").getContentAsString(StandardCharsets.UTF_8))
            .get("awards")).hasSize(35);
        for (String csv : List.of("awards.csv", "recipients.csv", "badges.csv")) {
            assertThat(SqlStatements.countDuring(() -> download(many, csv)))
                .isEqualTo(SqlStatements.countDuring(() -> download(few, csv)));
        }
    }

    private MockHttpServletResponse download(World world, String file) throws Exception {
        return mvc.perform(get("/manage/" + world.slug() + "/export/" + file)
                .with(user(data.principal(world.owner()))))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn().getResponse();
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
            .parse(new StringReader(text)).getRecords();
    }

    private static Map<String, JsonNode> bySlug(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(node -> map.put(node.get("slug").asString(), node));
        return map;
    }
}
