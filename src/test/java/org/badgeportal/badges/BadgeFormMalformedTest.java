package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Map;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests no badge form sends (found by {@code forms.FormBadInputTest}): a checkbox with a value that is not a
 * boolean, and a criteria row numbered beyond the rows a form can have. Each is a 400, saves nothing, and never
 * a 500.
 */
@PortalTest
class BadgeFormMalformedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;

    private Issuer issuer;
    private SignedInAccount owner;

    @BeforeEach
    void setUp() {
        var account = data.account("malformed");
        issuer = data.issuer(account, AcceptancePolicy.AUTOMATIC);
        owner = data.principal(account);
    }

    @Test
    void aCheckboxThatIsNotABooleanWithABadNumberIsRefusedAndChangesNothing() throws Exception {
        Badge badge = data.badge(issuer, "Unchanged");
        Map<String, String> fields = BadgeForms.with("unique", "maybe");
        fields.put("validityDays", "24,6");
        mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/edit", owner,
                fields)).andExpect(status().isBadRequest());
        assertThat(badges.findById(badge.getId()).orElseThrow().getName()).isEqualTo("Unchanged");

        Map<String, String> created = BadgeForms.with("listed", "2");
        created.put("limit", "many");
        mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges/new", owner, created))
            .andExpect(status().isBadRequest());
        assertThat(badges.existsByIssuerAndSlug(issuer, created.get("slug"))).isFalse();
    }

    @Test
    void aCriteriaRowNumberedBeyondTheFormsRowsOrNotANumberIsRefused() throws Exception {
        for (String row : new String[] {"99999", "256", "-1", " 1", "", "x"}) {
            String path = row.length() % 2 == 0 ? "/new" : "/preview";
            Map<String, String> fields = BadgeForms.valid();
            fields.put("criteria[0].description", "Read");
            fields.put("criteria[1].description", "Write");
            fields.put("criteria[" + row + "].required", "true");
            mvc.perform(BadgeForms.post("/manage/" + issuer.getSlug() + "/badges" + path, owner, fields))
                .andExpect(status().isBadRequest());
            assertThat(badges.existsByIssuerAndSlug(issuer, fields.get("slug"))).isFalse();
        }
    }
}
