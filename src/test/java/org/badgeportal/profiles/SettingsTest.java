package org.badgeportal.profiles;

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
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** /me/settings: display name, handle (the sign-up rules) and public profile. */
@PortalTest
class SettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;

    Account account;

    @BeforeEach
    void setUp() {
        account = data.account("settler");
    }

    @Test
    void showsTheCurrentSettingsAndThePublicProfileLink() throws Exception {
        mvc.perform(get("/me/settings").with(user(data.principal(account))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + account.getHandle() + "\"")))
                .andExpect(content().string(containsString("href=\"/u/" + account.getHandle() + "\"")))
                .andExpect(content().string(containsString("/u/" + account.getHandle() + "</a>")))
                .andExpect(content().string(containsString("id=\"profilePublic\" name=\"profilePublic\" checked")))
                .andExpect(content().string(containsString("href=\"/me/settings\" aria-current=\"page\"")));
        mvc.perform(get("/me/settings")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void savesDisplayNameHandleAndAPrivateProfile() throws Exception {
        String handle = TestData.unique("renamed");
        save("  New Name  ", handle, false)
                .andExpect(redirectedUrl("/me/settings"))
                .andExpect(flash().attribute("notice", "Settings saved."));

        Account saved = accounts.findById(account.getId()).orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("New Name");
        assertThat(saved.getHandle()).isEqualTo(handle);
        assertThat(saved.isProfilePublic()).isFalse();
        mvc.perform(get("/u/{handle}", handle)).andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}", account.getHandle())).andExpect(status().isNotFound());
        mvc.perform(get("/me/settings").with(user(data.principal(saved))))
                .andExpect(content().string(containsString("Your profile is private")));

        save("New Name", handle, true).andExpect(redirectedUrl("/me/settings"));
        assertThat(accounts.findById(account.getId()).orElseThrow().isProfilePublic()).isTrue();
        mvc.perform(get("/u/{handle}", handle))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New Name")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            handle      | ab          | A handle has 3 to 30 characters.
            handle      | Has_Caps    | Use only lower-case letters (a-z), digits and hyphens.
            handle      | -leading    | A handle cannot start or end with a hyphen.
            handle      | settings    | This handle is reserved by the portal.
            handle      | admin       | This handle is reserved by the portal.
            displayName | ''          | Enter the name others see.
            """)
    void invalidValuesAreFieldErrorsAndNothingChanges(String field, String value, String message) throws Exception {
        String handle = field.equals("handle") ? value : account.getHandle();
        String name = field.equals("displayName") ? value : "Valid Name";
        save(name, handle, true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("settingsForm", field))
                .andExpect(content().string(containsString(message)));
        Account unchanged = accounts.findById(account.getId()).orElseThrow();
        assertThat(unchanged.getHandle()).isEqualTo(account.getHandle());
        assertThat(unchanged.getDisplayName()).isEqualTo(account.getDisplayName());
    }

    @Test
    void anotherAccountsHandleIsTakenButKeepingOnesOwnIsFine() throws Exception {
        Account other = data.account("other");
        save("Mine", other.getHandle(), true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("settingsForm", "handle", "signup.handle.taken"))
                .andExpect(content().string(containsString("This handle is already taken.")));
        assertThat(accounts.findById(account.getId()).orElseThrow().getHandle()).isEqualTo(account.getHandle());

        save("Mine", account.getHandle(), true).andExpect(redirectedUrl("/me/settings"));
        assertThat(accounts.findById(account.getId()).orElseThrow().getDisplayName()).isEqualTo("Mine");
    }

    /** No browser sends such a check box (found by {@code forms.FormBadInputTest}): a 400, not a 500. */
    @Test
    void aCheckBoxThatIsNotABooleanIsRefusedAndChangesNothing() throws Exception {
        for (String htmx : new String[] {"false", "true"}) {
            mvc.perform(post("/me/settings").with(csrf()).with(user(data.principal(account)))
                    .header("HX-Request", htmx).param("displayName", "Changed").param("handle", "..")
                    .param("profilePublic", "2"))
                .andExpect(status().isBadRequest());
        }
        assertThat(accounts.findById(account.getId()).orElseThrow().getDisplayName())
                .isEqualTo(account.getDisplayName());
    }

    private ResultActions save(String displayName, String handle, boolean profilePublic) throws Exception {
        var request = post("/me/settings").with(csrf()).with(user(data.principal(account)))
                .param("displayName", displayName).param("handle", handle).param("_profilePublic", "on");
        if (profilePublic) {
            request.param("profilePublic", "true");
        }
        return mvc.perform(request);
    }
}
