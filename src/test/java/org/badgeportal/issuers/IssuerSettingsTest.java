package org.badgeportal.issuers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class IssuerSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IssuerRepository issuers;
    @Autowired
    IssuerService issuerService;

    Account owner;
    Issuer issuer;

    @BeforeEach
    void createIssuer() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @Test
    void showsTheCurrentValuesAndThatOnlyAnAdministratorVerifies() throws Exception {
        mvc.perform(get(settings()).with(user(data.principal(owner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + issuer.getName() + "\"")))
                .andExpect(content().string(containsString("This issuer is not verified.")))
                .andExpect(content().string(containsString("Only a site administrator can verify")))
                .andExpect(content().string(containsString("cannot be changed")));

        issuerService.setVerified(issuer.getSlug(), true);
        mvc.perform(get(settings()).with(user(data.principal(owner))))
                .andExpect(content().string(containsString("This issuer is verified by the site administrator.")));
    }

    @Test
    void savesTheProfileButNeverTheSlug() throws Exception {
        mvc.perform(post(settings()).with(csrf()).with(user(data.principal(owner)))
                        .param("slug", "hijacked-" + issuer.getId())
                        .param("name", "Renamed Lab")
                        .param("url", "http://renamed.example.org/about")
                        .param("contactEmail", "hello@renamed.example.org")
                        .param("description", "New words.")
                        .param("acceptancePolicy", "AUTOMATIC"))
                .andExpect(redirectedUrl(settings()))
                .andExpect(flash().attribute("notice", containsString("Renamed Lab")));

        Issuer reloaded = issuers.findById(issuer.getId()).orElseThrow();
        assertThat(reloaded.getSlug()).isEqualTo(issuer.getSlug());
        assertThat(reloaded.getName()).isEqualTo("Renamed Lab");
        assertThat(reloaded.getUrl()).isEqualTo("http://renamed.example.org/about");
        assertThat(reloaded.getContactEmail()).isEqualTo("hello@renamed.example.org");
        assertThat(reloaded.getDescription()).isEqualTo("New words.");
        assertThat(reloaded.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.AUTOMATIC);
    }

    @Test
    void invalidValuesAreShownNextToTheirFieldsAndNothingChanges() throws Exception {
        mvc.perform(post(settings()).with(csrf()).with(user(data.principal(owner)))
                        .param("name", "")
                        .param("url", "javascript:alert(1)")
                        .param("contactEmail", "nope")
                        .param("description", "d".repeat(4001))
                        .param("acceptancePolicy", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("issuerSettingsForm",
                        "name", "url", "contactEmail", "description", "acceptancePolicy"))
                .andExpect(content().string(containsString("Enter the issuer&#39;s name.")))
                .andExpect(content().string(containsString("starting with http:// or https://")))
                .andExpect(content().string(containsString("Enter a valid email address")))
                .andExpect(content().string(containsString("at most 4000 characters")))
                .andExpect(content().string(containsString("Choose how awards are accepted.")));

        Issuer reloaded = issuers.findById(issuer.getId()).orElseThrow();
        assertThat(reloaded.getName()).isEqualTo(issuer.getName());
        assertThat(reloaded.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.REQUIRED);
    }

    @Test
    void anUnknownPolicyIsAFieldError() throws Exception {
        mvc.perform(post(settings()).with(csrf()).with(user(data.principal(owner)))
                        .param("name", "Still fine").param("acceptancePolicy", "NEVER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("issuerSettingsForm", "acceptancePolicy"))
                .andExpect(content().string(containsString("Choose how awards are accepted.")));
        assertThat(issuers.findById(issuer.getId()).orElseThrow().getName()).isEqualTo(issuer.getName());
    }

    private String settings() {
        return "/manage/" + issuer.getSlug() + "/settings";
    }
}
