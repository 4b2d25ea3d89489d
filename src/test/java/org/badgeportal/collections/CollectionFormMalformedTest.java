package org.badgeportal.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A collection form whose check box is not a boolean (no browser sends one; found by
 * {@code forms.FormBadInputTest}) is a 400 that creates nothing, not a 500 from a page without its form.
 */
@PortalTest
class CollectionFormMalformedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCheckBoxThatIsNotABooleanIsRefusedAndCreatesNothing() throws Exception {
        Account earner = data.account("shelver");
        for (String htmx : new String[] {"false", "true"}) {
            mvc.perform(post("/me/collections").with(csrf()).with(user(data.principal(earner)))
                    .header("HX-Request", htmx).param("name", "Odd shelf").param("description", "../..")
                    .param("publiclyVisible", "2"))
                .andExpect(status().isBadRequest());
        }
        assertThat(jdbc.queryForObject("select count(*) from badge_collection where account_id = ?", Integer.class,
                earner.getId())).isZero();
    }
}
