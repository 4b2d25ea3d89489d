package org.badgeportal.developers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.badgeportal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The developers page: public, linked from every page, and its signed-request example really is right. */
@PortalTest
class DevelopersPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theWorkedExampleIsTheHmacOfTheTextItShows() throws Exception {
        SignedRequestExample example = SignedRequestExample.EXAMPLE;
        String signed = "PUT\n/v1/demo/users/daniel.json\n1767225600\n{\"badges\":[\"donated\"]}";
        assertThat(example.signedText()).isEqualTo(signed);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(example.key().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        assertThat(example.signature()).isEqualTo(expected);

        String page = mvc.perform(get("/developers")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(expected, example.key(), "1767225600", "/v1/demo/users/daniel.json",
                HtmlUtils.htmlEscape(example.body()), "?ts=1767225600&amp;signature=" + expected);
    }

    @Test
    void explainsTheApisAuthenticationAndLimits() throws Exception {
        mvc.perform(get("/developers"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<code>/api/v1</code>")))
            .andExpect(content().string(containsString("<code>/api/lite</code>")))
            .andExpect(content().string(containsString("<code>/v1/{service}</code>")))
            .andExpect(content().string(containsString("X-Api-Key: bp_")))
            .andExpect(content().string(containsString("Authorization: Bearer")))
            .andExpect(content().string(containsString("personal access tokens")))
            .andExpect(content().string(containsString("413")))
            .andExpect(content().string(containsString("429 Too Many Requests with a Retry-After header")))
            .andExpect(content().string(containsString("Idempotency-Key")))
            .andExpect(content().string(containsString("service test is a sandbox")))
            .andExpect(content().string(containsString("href=\"/developers/api\"")));
    }

    @Test
    void everyPageLinksToIt() throws Exception {
        mvc.perform(get("/"))
            .andExpect(content().string(containsString("href=\"/developers\"")));
    }

    @Test
    void theBrowsableApiIsServed() throws Exception {
        String location = mvc.perform(get("/developers/api")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("/swagger-ui/index.html");
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk())
            .andExpect(content().string(containsString("/v3/api-docs")));
    }
}
