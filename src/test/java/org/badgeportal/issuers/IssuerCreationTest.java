package org.badgeportal.issuers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@PortalTest
class IssuerCreationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IssuerRepository issuers;
    @Autowired
    MembershipRepository memberships;
    @Autowired
    IssuerService issuerService;

    Account creator;

    @BeforeEach
    void signIn() {
        creator = data.account("creator");
    }

    @Test
    void theFormExplainsBothAcceptancePolicies() throws Exception {
        mvc.perform(get("/manage/new").with(user(data.principal(creator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recipients accept each award")))
                .andExpect(content().string(containsString("Awards start as pending")))
                .andExpect(content().string(containsString("Awards are accepted automatically")))
                .andExpect(content().string(containsString("awards its own users through the API")))
                .andExpect(content().string(containsString("type=\"radio\"")));
    }

    @Test
    void createsTheIssuerWithTheCreatorAsOwnerAndOpensItsDashboard() throws Exception {
        String slug = slug();
        mvc.perform(create(valid(slug)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/" + slug))
                .andExpect(flash().attribute("notice", containsString("You are its owner")));

        Issuer issuer = issuers.findBySlug(slug).orElseThrow();
        assertThat(issuer.getName()).isEqualTo("Open Learning Lab");
        assertThat(issuer.getUrl()).isEqualTo("https://lab.example.org");
        assertThat(issuer.getContactEmail()).isEqualTo("badges@lab.example.org");
        assertThat(issuer.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.AUTOMATIC);
        assertThat(issuer.isVerified()).isFalse();
        assertThat(memberships.findByIssuerAndAccountId(issuer, creator.getId()).orElseThrow().getRole())
                .isEqualTo(MembershipRole.OWNER);

        mvc.perform(get("/manage/" + slug).with(user(data.principal(creator))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open Learning Lab")));
        mvc.perform(get("/manage").with(user(data.principal(creator))))
                .andExpect(content().string(containsString("Open Learning Lab")))
                .andExpect(content().string(containsString("Owner")));
    }

    @Test
    void emptyOptionalFieldsAreStoredAsNothing() throws Exception {
        String slug = slug();
        Map<String, String> form = valid(slug);
        form.put("url", "  ");
        form.put("contactEmail", "");
        form.put("description", "");
        mvc.perform(create(form)).andExpect(redirectedUrl("/manage/" + slug));
        Issuer issuer = issuers.findBySlug(slug).orElseThrow();
        assertThat(issuer.getUrl()).isNull();
        assertThat(issuer.getContactEmail()).isNull();
        assertThat(issuer.getDescription()).isNull();
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "slug|''|Enter a short name",
            "slug|Upper-Case|Use only lowercase letters",
            "slug|under_score|Use only lowercase letters",
            "slug|-dash-first|Use only lowercase letters",
            "slug|x|2 to 50 characters",
            "slug|new|reserved by the portal",
            "slug|admin|reserved by the portal",
            "slug|api|reserved by the portal",
            "name|''|Enter the issuer&#39;s name",
            "url|javascript:alert(1)|starting with http:// or https://",
            "url|ftp://files.example.org|starting with http:// or https://",
            "url|lab.example.org|starting with http:// or https://",
            "contactEmail|not-an-email|Enter a valid email address",
            "acceptancePolicy|SOMETIMES|Choose how awards are accepted",
            "acceptancePolicy|''|Choose how awards are accepted"})
    void refusesAnInvalidFieldWithAMessageNextToItAndSavesNothing(String field, String value, String message)
            throws Exception {
        String slug = slug();
        Map<String, String> form = valid(slug);
        form.put(field, value);
        long before = issuers.count();
        mvc.perform(create(form))
                .andExpect(status().isOk())
                .andExpect(view().name("issuers/new"))
                .andExpect(model().attributeHasFieldErrors("issuerForm", field))
                .andExpect(model().errorCount(1))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(issuers.count()).isEqualTo(before);
        assertThat(issuers.existsBySlug(slug)).isFalse();
    }

    @Test
    void refusesTooLongValues() throws Exception {
        Map<String, String> form = valid(slug());
        form.put("slug", "a".repeat(51));
        form.put("name", "n".repeat(256));
        form.put("description", "d".repeat(4001));
        long before = issuers.count();
        mvc.perform(create(form))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("issuerForm", "slug", "name", "description"))
                .andExpect(content().string(containsString("at most 255 characters")))
                .andExpect(content().string(containsString("at most 4000 characters")));
        assertThat(issuers.count()).isEqualTo(before);
    }

    @Test
    void testIsNotReserved() throws Exception {
        // Another test may have created "test" first: then it is taken, but never refused as reserved.
        mvc.perform(create(valid("test")))
                .andExpect(content().string(not(containsString("reserved by the portal"))));
        assertThat(issuers.existsBySlug("test")).isTrue();
    }

    @Test
    void aTakenSlugIsAFieldErrorAndTheFirstIssuerIsUntouched() throws Exception {
        Issuer existing = data.issuer(data.account("first"), AcceptancePolicy.REQUIRED);
        Map<String, String> form = valid(existing.getSlug());
        mvc.perform(create(form))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("issuerForm", "slug", "issuers.form.slug.taken"))
                .andExpect(content().string(containsString("already taken")));
        Issuer reloaded = issuers.findBySlug(existing.getSlug()).orElseThrow();
        assertThat(reloaded.getName()).isEqualTo(existing.getName());
        assertThat(memberships.findByIssuerAndAccountId(reloaded, creator.getId())).isEmpty();
    }

    @Test
    void aSlugTakenBetweenCheckAndInsertIsCaughtAtTheUniqueConstraint() {
        // What a concurrent creation looks like to the second request: the form check passed, the insert fails.
        Issuer existing = data.issuer(data.account("racer"), AcceptancePolicy.REQUIRED);
        long issuersBefore = issuers.count();
        long membershipsBefore = memberships.count();
        IssuerForm form = new IssuerForm(existing.getSlug(), "Second", null, null, null, AcceptancePolicy.REQUIRED);

        assertThatThrownBy(() -> issuerService.create(form, creator.getId()))
                .isInstanceOfSatisfying(IssuerRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("slug");
                    assertThat(e.messageKey()).isEqualTo("issuers.form.slug.taken");
                });
        assertThat(issuers.count()).isEqualTo(issuersBefore);
        assertThat(memberships.count()).isEqualTo(membershipsBefore);
    }

    @Test
    void htmlInTheNameIsShownAsText() throws Exception {
        String slug = slug();
        Map<String, String> form = valid(slug);
        form.put("name", "<script>alert(1)</script>");
        form.put("description", "<img src=x onerror=alert(2)>");
        mvc.perform(create(form)).andExpect(redirectedUrl("/manage/" + slug));

        for (String url : new String[] {"/manage", "/manage/" + slug, "/manage/" + slug + "/settings",
                "/manage/" + slug + "/members"}) {
            mvc.perform(get(url).with(user(data.principal(creator))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(not(containsString("<img src=x"))));
        }
    }

    private MockHttpServletRequestBuilder create(Map<String, String> form) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        form.forEach(params::add);
        return post("/manage/new").with(csrf()).with(user(data.principal(creator))).params(params);
    }

    private static Map<String, String> valid(String slug) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("slug", slug);
        form.put("name", "Open Learning Lab");
        form.put("url", "https://lab.example.org");
        form.put("contactEmail", "badges@lab.example.org");
        form.put("description", "We teach and we give badges.");
        form.put("acceptancePolicy", "AUTOMATIC");
        return form;
    }

    private static String slug() {
        return TestData.unique("lab");
    }
}
