package org.badgeportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.accounts.store.AccountTokenRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.badgeportal.system.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class SignupTest {

    private static final String PASSWORD = "violet staple orbit canyon";
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://[^/\\s]+(/verify/[A-Za-z0-9_-]{43})\\s");

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountTokenRepository tokens;
    @Autowired
    SignupService signups;
    @Autowired
    TestData testData;
    @Autowired
    Clock clock;

    @Test
    void theFormHasALabelledInputForEveryField() throws Exception {
        mvc.perform(get("/signup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label class=\"form-label\" for=\"handle\">Handle</label>")))
                .andExpect(content().string(containsString("name=\"confirmPassword\"")))
                .andExpect(content().string(containsString("autocomplete=\"new-password\"")));
    }

    @Test
    void theLinkFromAnAwardMailPrefillsTheAddressTheAwardWaitsFor() throws Exception {
        mvc.perform(get("/signup").param("email", "new.earner@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"new.earner@example.org\"")));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            email           | not-an-email       | This is not a valid email address.
            email           | ''                 | Enter your email address.
            displayName     | ''                 | Enter a display name.
            displayName     | LONG_NAME          | A display name has at most 100 characters.
            handle          | ab                 | A handle has 3 to 30 characters.
            handle          | LONG_HANDLE        | A handle has 3 to 30 characters.
            handle          | Has_Capitals       | Use only lower-case letters (a-z), digits and hyphens.
            handle          | -leading           | A handle cannot start or end with a hyphen.
            handle          | trailing-          | A handle cannot start or end with a hyphen.
            handle          | admin              | This handle is reserved by the portal.
            handle          | settings           | This handle is reserved by the portal.
            password        | too short          | A password has 12 to 128 characters.
            password        | LONG_PASSWORD      | A password has 12 to 128 characters.
            password        | EMAIL_LOCAL_PART   | The password must not contain your email address.
            password        | HANDLE             | The password must not contain your handle.
            confirmPassword | something else 123 | The two passwords do not match.
            """)
    void everyRuleShowsItsErrorNextToTheFieldAndSavesNothing(String field, String value, String message)
            throws Exception {
        Map<String, String> form = validForm();
        String badValue = switch (value) {
            case "LONG_NAME" -> "n".repeat(101);
            case "LONG_HANDLE" -> "h".repeat(31);
            case "LONG_PASSWORD" -> "p".repeat(129);
            case "EMAIL_LOCAL_PART" -> "my " + form.get("email").substring(0, form.get("email").indexOf('@')) + " pass";
            case "HANDLE" -> "my secret " + form.get("handle") + "!";
            default -> value;
        };
        form.put(field, badValue);
        if (field.equals("password")) {
            form.put("confirmPassword", badValue);
        }

        mvc.perform(signup(form))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/signup"))
                .andExpect(model().attributeHasFieldErrors("signupForm", field))
                .andExpect(content().string(containsString("id=\"" + field + "-errors\"")))
                .andExpect(content().string(containsString(message)));

        assertThat(accounts.existsByHandle(validHandleOf(form, field))).isFalse();
        assertThat(accounts.existsByEmail(Account.normaliseEmail(form.get("email")))).isFalse();
    }

    @Test
    void anEmptyFormShowsOneErrorPerFieldAndDoesNotEchoThePassword() throws Exception {
        Map<String, String> form = validForm();
        form.put("email", "");
        form.put("confirmPassword", "typed only here");
        mvc.perform(signup(form))
                .andExpect(status().isOk())
                .andExpect(model().attributeErrorCount("signupForm", 2))
                .andExpect(content().string(not(containsString(PASSWORD))))
                .andExpect(content().string(not(containsString("typed only here"))));
    }

    @Test
    void anEmailOrHandleThatIsAlreadyTakenIsRefused() throws Exception {
        Account existing = testData.account("taken");

        Map<String, String> sameEmail = validForm();
        sameEmail.put("email", existing.getEmail().toUpperCase());
        mvc.perform(signup(sameEmail))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("signupForm", "email", "signup.email.taken"))
                .andExpect(content().string(containsString("An account with this email address already exists.")));
        assertThat(accounts.existsByHandle(sameEmail.get("handle"))).isFalse();

        Map<String, String> sameHandle = validForm();
        sameHandle.put("handle", existing.getHandle());
        mvc.perform(signup(sameHandle))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("signupForm", "handle", "signup.handle.taken"))
                .andExpect(content().string(containsString("This handle is already taken.")));
        assertThat(accounts.existsByEmail(sameHandle.get("email"))).isFalse();
    }

    @Test
    void aDuplicateThatSlipsPastTheCheckIsStoppedByTheDatabaseAndReportedForItsField() {
        Account existing = testData.account("race");
        String handle = TestData.unique("racer");
        SignupForm sameEmail = new SignupForm(existing.getEmail(), "Racer", handle, PASSWORD, PASSWORD);
        assertThatThrownBy(() -> signups.signUp(sameEmail))
                .isInstanceOf(DuplicateAccountException.class)
                .extracting(e -> ((DuplicateAccountException) e).field()).isEqualTo("email");
        assertThat(accounts.existsByHandle(handle)).isFalse();

        SignupForm sameHandle = new SignupForm(handle + "@example.org", "Racer", existing.getHandle(), PASSWORD,
                PASSWORD);
        assertThatThrownBy(() -> signups.signUp(sameHandle))
                .isInstanceOf(DuplicateAccountException.class)
                .extracting(e -> ((DuplicateAccountException) e).field()).isEqualTo("handle");
        assertThat(accounts.existsByEmail(handle + "@example.org")).isFalse();
    }

    @Test
    void signingUpMailsALinkThatVerifiesOnceAndThenLetsTheAccountSignIn() throws Exception {
        Map<String, String> form = validForm();
        String email = form.get("email");
        form.put("email", "  " + email.toUpperCase() + " ");

        var signedUp = mvc.perform(signup(form))
                .andExpect(redirectedUrl("/verify/sent"))
                .andExpect(flash().attribute("sentTo", email))
                .andReturn();
        mvc.perform(get("/verify/sent").cookie(signedUp.getResponse().getCookies())) // the flash is in the session
                .andExpect(content().string(containsString("We sent a link to " + email)));

        Account stored = accounts.findByEmail(email).orElseThrow();
        assertThat(stored.isEmailVerified()).isFalse();
        assertThat(stored.getHandle()).isEqualTo(form.get("handle"));
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}");

        mvc.perform(formLogin("/login").user("email", email).password(PASSWORD))
                .andExpect(redirectedUrl("/login?unverified"))
                .andExpect(unauthenticated());

        MimeMessage mail = TestMailServer.awaitMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for the badge portal");
        String body = mail.getContent().toString();
        assertThat(body).contains("Hello " + form.get("displayName")).contains("48 hours");
        Matcher link = VERIFY_LINK.matcher(body);
        assertThat(link.find()).as("verification link in %s", body).isTrue();

        mvc.perform(get(link.group(1))).andExpect(redirectedUrl("/login?verified"));
        assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isTrue();

        mvc.perform(get(link.group(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link is not valid")))
                .andExpect(content().string(containsString("href=\"/verify/resend\"")));

        mvc.perform(formLogin("/login").user("email", email).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void unknownAndExpiredLinksAreRefused() throws Exception {
        Account account = unverifiedAccount();
        String token = Tokens.newToken();
        tokens.save(new AccountToken(account, TokenPurpose.EMAIL_VERIFICATION, Digests.sha256Hex(token),
                clock.instant().minusSeconds(1)));

        mvc.perform(get("/verify/" + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The link may have expired")));
        mvc.perform(get("/verify/" + Tokens.newToken()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This link is not valid")));
        mvc.perform(get("/verify/not a token <script>"))
                .andExpect(status().isBadRequest());

        assertThat(accounts.findById(account.getId()).orElseThrow().isEmailVerified()).isFalse();
    }

    @Test
    void resendingGivesTheSameAnswerForUnknownAddressesAndMailsAWorkingLinkToUnverifiedAccounts() throws Exception {
        mvc.perform(get("/verify/resend"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"email\"")));

        Account account = unverifiedAccount();
        String unknown = TestData.unique("nobody") + "@example.org";

        var forUnknown = mvc.perform(post("/verify/resend").with(csrf()).param("email", unknown))
                .andExpect(redirectedUrl("/verify/sent"))
                .andExpect(flash().attribute("sentTo", unknown))
                .andReturn();
        var forAccount = mvc.perform(post("/verify/resend").with(csrf()).param("email", account.getEmail()))
                .andExpect(redirectedUrl("/verify/sent"))
                .andExpect(flash().attribute("sentTo", account.getEmail()))
                .andReturn();
        assertThat(forAccount.getFlashMap().keySet()).isEqualTo(forUnknown.getFlashMap().keySet());
        mvc.perform(get("/verify/sent").cookie(forUnknown.getResponse().getCookies()))
                .andExpect(content().string(containsString("If an account with the address " + unknown)));

        Matcher link = VERIFY_LINK.matcher(TestMailServer.awaitMailTo(account.getEmail()).getContent().toString());
        assertThat(link.find()).isTrue();
        mvc.perform(get(link.group(1))).andExpect(redirectedUrl("/login?verified"));
        assertThat(accounts.findById(account.getId()).orElseThrow().isEmailVerified()).isTrue();
    }

    @Test
    void resendingWithAnInvalidAddressShowsTheFieldError() throws Exception {
        mvc.perform(post("/verify/resend").with(csrf()).param("email", "nope"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("resendForm", "email"))
                .andExpect(content().string(containsString("This is not a valid email address.")));
    }

    private Account unverifiedAccount() {
        String handle = TestData.unique("unverified");
        return accounts.save(new Account(handle + "@example.org", "{noop}x", "Unverified", handle, clock.instant()));
    }

    private static Map<String, String> validForm() {
        String handle = TestData.unique("newbie");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", TestData.unique("person") + "@example.org");
        form.put("displayName", "New Person");
        form.put("handle", handle);
        form.put("password", PASSWORD);
        form.put("confirmPassword", PASSWORD);
        return form;
    }

    private static String validHandleOf(Map<String, String> form, String field) {
        return field.equals("handle") ? "never-checked-" + form.get("handle") : form.get("handle");
    }

    private static MockHttpServletRequestBuilder signup(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/signup").with(csrf());
        form.forEach(request::param);
        return request;
    }
}
