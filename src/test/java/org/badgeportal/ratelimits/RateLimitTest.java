package org.badgeportal.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.concurrent.atomic.AtomicInteger;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The limits at their defaults (300 API calls a minute per key, 600 per address; 30 sign-in attempts a minute per
 * address, 10 per email in 15 minutes). Every test calls from addresses of its own (TEST-NET-3, 203.0.113.0/24),
 * so that the other tests of the shared context, which call from 127.0.0.1, never meet these limits.
 */
@PortalTest
class RateLimitTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    Issuer issuer;
    String users;

    @BeforeEach
    void issuer() {
        issuer = data.issuer(data.account("limits"), AcceptancePolicy.AUTOMATIC);
        users = "/v1/" + issuer.getSlug() + "/users.json";
    }

    @Test
    void theCallAfterAKeysLimitGets429WithRetryAfterInTheApisStyle() throws Exception {
        String address = newAddress();
        String key = data.apiKey(issuer);
        for (int call = 1; call <= 300; call++) {
            mvc.perform(get(users).header("X-Api-Key", key).with(from(address)))
                .andExpect(status().isOk())
                .andExpect(header().string("RateLimit-Limit", "300"))
                .andExpect(header().string("RateLimit-Remaining", String.valueOf(300 - call)));
        }

        MvcResult refused = mvc.perform(get(users).header("X-Api-Key", key).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.code").value("TooManyRequests"))
            .andExpect(jsonPath("$.error", containsString("try again in")))
            .andExpect(header().string("RateLimit-Remaining", "0"))
            .andReturn();
        long retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(Long.parseLong(refused.getResponse().getHeader("RateLimit-Reset"))).isBetween(1L, 60L);

        // The portal API answers in its own style.
        mvc.perform(get("/api/v1/no-such-thing").header("X-Api-Key", key).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.code").value("TooManyRequests"))
            .andExpect(jsonPath("$.message", containsString("try again in")));

        // Another key of the same issuer, from the same address, still gets through; the headers tell of the
        // tighter limit, here the address's (600, of which 303 are used).
        mvc.perform(get(users).header("X-Api-Key", data.apiKey(issuer)).with(from(address)))
            .andExpect(status().isOk())
            .andExpect(header().string("RateLimit-Limit", "600"))
            .andExpect(header().string("RateLimit-Remaining", "297"));
        // So do the public reads without a key: they are never counted.
        mvc.perform(get(users).with(from(address)))
            .andExpect(status().isOk())
            .andExpect(header().doesNotExist("RateLimit-Limit"));
    }

    @Test
    void anAddressGetsNoMoreThanItsLimitWhateverKeysItUses() throws Exception {
        String address = newAddress();
        for (int call = 0; call < 600; call++) {
            // Calls without a key are counted per address, even those refused for want of a key.
            mvc.perform(post("/api/lite/badge").with(from(address)))
                .andExpect(status().isUnauthorized());
        }

        mvc.perform(get(users).header("X-Api-Key", data.apiKey(issuer)).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("RateLimit-Limit", "600"))
            .andExpect(header().exists("Retry-After"))
            .andExpect(jsonPath("$.code").value("TooManyRequests"));
        mvc.perform(post("/api/lite/badge").with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.status").value(false))
            .andExpect(jsonPath("$.content.code").value("TooManyRequests"));

        mvc.perform(get(users).header("X-Api-Key", data.apiKey(issuer)).with(from(newAddress())))
            .andExpect(status().isOk());
    }

    @Test
    void anEmailIsRefusedAfterTenAttemptsEvenWithTheRightPassword() throws Exception {
        Account account = data.account("throttled");
        String address = newAddress();
        for (int attempt = 0; attempt < 10; attempt++) {
            mvc.perform(signIn(account.getEmail(), "wrong password").with(from(address)))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(header().string("RateLimit-Remaining", String.valueOf(9 - attempt)));
        }

        mvc.perform(signIn(account.getEmail(), TestData.PASSWORD).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andExpect(content().string(containsString("Too many sign-in attempts. Please wait")))
            .andExpect(content().string(containsString("name=\"password\"")))
            .andExpect(unauthenticated());
        // The email is limited wherever the attempts come from, in any spelling.
        mvc.perform(signIn(" " + account.getEmail().toUpperCase() + " ", TestData.PASSWORD).with(from(newAddress())))
            .andExpect(status().isTooManyRequests())
            .andExpect(unauthenticated());

        Account other = data.account("unaffected");
        mvc.perform(signIn(other.getEmail(), TestData.PASSWORD).with(from(address)))
            .andExpect(status().is3xxRedirection())
            .andExpect(authenticated());
    }

    @Test
    void passwordLinksForOneEmailAreLimitedLikeSignIns() throws Exception {
        Account account = data.account("forgetful");
        for (int request = 0; request < 10; request++) {
            mvc.perform(forgot(account.getEmail()).with(from(newAddress())))
                .andExpect(redirectedUrl("/login/forgot/sent"));
        }

        mvc.perform(forgot(account.getEmail()).with(from(newAddress())))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andExpect(content().string(containsString("Please wait")))
            .andExpect(content().string(containsString("name=\"email\"")));
    }

    @Test
    void anAddressIsRefusedAfterThirtyAttemptsAMinute() throws Exception {
        String address = newAddress();
        for (int attempt = 0; attempt < 30; attempt++) {
            mvc.perform(signIn(TestData.unique("nobody") + "@example.org", "guess").with(from(address)))
                .andExpect(redirectedUrl("/login?error"));
        }
        Account account = data.account("crowded");

        mvc.perform(signIn(account.getEmail(), TestData.PASSWORD).with(from(address)))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("RateLimit-Limit", "30"))
            .andExpect(content().string(containsString("Too many sign-in attempts")))
            .andExpect(unauthenticated());

        mvc.perform(signIn(account.getEmail(), TestData.PASSWORD).with(from(newAddress())))
            .andExpect(status().is3xxRedirection())
            .andExpect(authenticated());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signIn(String email,
                                                                                                     String password) {
        return post("/login").param("email", email).param("password", password).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder forgot(String email) {
        return post("/login/forgot").param("email", email).with(csrf());
    }

    /** An address no other test uses. */
    private static String newAddress() {
        return "203.0.113." + NEXT_ADDRESS.getAndIncrement();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
