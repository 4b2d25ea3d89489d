package org.badgeportal.embed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The no-script embed: the SVG image and the iframe widget, and who may frame what. */
@PortalTest
class EmbedWidgetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EmbedFixtures fixtures;

    Issuer site;

    @BeforeEach
    void setUp() {
        Account owner = data.account("owner");
        site = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge donated = fixtures.badge(site, "donated", "Donated at least $5");
        Badge hostile = fixtures.badge(site, EmbedFixtures.IMG_PAYLOAD, EmbedFixtures.SCRIPT_PAYLOAD,
                Map.of("link", "\"javascript:alert(1)\""));
        fixtures.award(donated, "daniel");
        fixtures.award(donated, "daniel");
        fixtures.award(hostile, "daniel");
    }

    @Test
    void theImageShowsBadgesAndCountsWithEverythingEscaped() throws Exception {
        mvc.perform(get("/embed/" + site.getSlug() + "/daniel.svg").param("theme", "dark"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("Cache-Control", containsString("max-age=60")))
                .andExpect(content().string(containsString(">donated</text>")))
                .andExpect(content().string(containsString(">x2</text>")))
                .andExpect(content().string(containsString("#212529")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=window.__pwned=1&gt;")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<img"))))
                .andExpect(content().string(not(containsString("<script"))));
    }

    @Test
    void themeNamesMustBeInTheThemesFolder() throws Exception {
        mvc.perform(get("/embed/" + site.getSlug() + "/daniel.svg").param("theme", "../../application"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/embed/" + site.getSlug() + "/daniel").param("theme", "nope"))
                .andExpect(status().isBadRequest());
        for (String theme : new String[] {"stackoverflow", "light", "dark", "minimal", "auto"}) {
            mvc.perform(get("/themes/" + theme + ".css")).andExpect(status().isOk());
            mvc.perform(get("/embed/" + site.getSlug() + "/daniel").param("theme", theme))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/themes/" + theme + ".css")));
        }
        mvc.perform(get("/embed/no-such-service/daniel.svg")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheWidgetMayBeFramedByOtherSites() throws Exception {
        mvc.perform(get("/embed/" + site.getSlug() + "/daniel"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("class=\"userbadge donated\"")))
                .andExpect(content().string(containsString(">x2</span>")))
                .andExpect(content().string(containsString("title=\"Donated at least $5\"")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=window.__pwned=1&gt;")))
                .andExpect(content().string(not(containsString("javascript:"))))
                .andExpect(content().string(not(containsString("<script"))));

        mvc.perform(get("/")).andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(get("/issuers/" + site.getSlug())).andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login")).andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
