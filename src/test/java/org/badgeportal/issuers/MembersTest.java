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
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class MembersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    MembershipRepository memberships;

    Account owner;
    Issuer issuer;

    @BeforeEach
    void createIssuer() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @Test
    void listsMembersWithEmailNameAndRole() throws Exception {
        Account staff = data.account("Sam Staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);
        mvc.perform(get(members()).with(user(data.principal(owner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(owner.getEmail())))
                .andExpect(content().string(containsString(staff.getEmail())))
                .andExpect(content().string(containsString("Sam Staff")))
                .andExpect(content().string(containsString("Staff")));
    }

    @Test
    void addsAnExistingAccountWithTheChosenRole() throws Exception {
        Account colleague = data.account("colleague");
        mvc.perform(post(members()).with(csrf()).with(user(data.principal(owner)))
                        .param("email", "  " + colleague.getEmail().toUpperCase() + " ").param("role", "STAFF"))
                .andExpect(redirectedUrl(members()))
                .andExpect(flash().attribute("notice", containsString(colleague.getEmail())));
        assertThat(roleOf(colleague)).isEqualTo(MembershipRole.STAFF);

        // The new staff member can now open the dashboard, but not the members page.
        mvc.perform(get("/manage/" + issuer.getSlug()).with(user(data.principal(colleague))))
                .andExpect(status().isOk());
        mvc.perform(get(members()).with(user(data.principal(colleague)))).andExpect(status().isForbidden());
    }

    @Test
    void anEmailWithoutAnAccountAsksThePersonToSignUpFirst() throws Exception {
        long before = memberships.countByIssuer(issuer);
        mvc.perform(post(members()).with(csrf()).with(user(data.principal(owner)))
                        .param("email", TestData.unique("nobody") + "@example.org").param("role", "OWNER"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "email", "issuers.members.unknownEmail"))
                .andExpect(content().string(containsString("Ask the person to sign up first")));
        assertThat(memberships.countByIssuer(issuer)).isEqualTo(before);
    }

    @Test
    void anExistingMemberIsAFieldError() throws Exception {
        mvc.perform(post(members()).with(csrf()).with(user(data.principal(owner)))
                        .param("email", owner.getEmail()).param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "email", "issuers.members.alreadyMember"))
                .andExpect(content().string(containsString("already a member")));
        assertThat(roleOf(owner)).isEqualTo(MembershipRole.OWNER);
    }

    @Test
    void invalidInputIsAFieldError() throws Exception {
        mvc.perform(post(members()).with(csrf()).with(user(data.principal(owner)))
                        .param("email", "not an email").param("role", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("memberForm", "email", "role"))
                .andExpect(content().string(containsString("Enter a valid email address")))
                .andExpect(content().string(containsString("Choose a role.")));
        mvc.perform(post(members()).with(csrf()).with(user(data.principal(owner)))
                        .param("email", owner.getEmail()).param("role", "KING"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("memberForm", "role"))
                .andExpect(content().string(containsString("Choose a role.")));
        mvc.perform(post(members() + "/" + membershipId(owner) + "/role").with(csrf())
                        .with(user(data.principal(owner))).param("role", "KING"))
                .andExpect(status().isBadRequest());
        assertThat(memberships.countByIssuer(issuer)).isEqualTo(1);
    }

    @Test
    void changesARoleAndRemovesAMember() throws Exception {
        Account staff = data.account("staff");
        data.addMember(issuer, staff, MembershipRole.STAFF);
        Long id = membershipId(staff);

        mvc.perform(post(members() + "/" + id + "/role").with(csrf()).with(user(data.principal(owner)))
                        .param("role", "OWNER"))
                .andExpect(redirectedUrl(members()))
                .andExpect(flash().attribute("notice", containsString("is now Owner")));
        assertThat(roleOf(staff)).isEqualTo(MembershipRole.OWNER);

        mvc.perform(post(members() + "/" + id + "/remove").with(csrf()).with(user(data.principal(owner))))
                .andExpect(redirectedUrl(members()))
                .andExpect(flash().attribute("notice", containsString("was removed")));
        assertThat(memberships.findByIssuerAndAccountId(issuer, staff.getId())).isEmpty();
        mvc.perform(get("/manage/" + issuer.getSlug()).with(user(data.principal(staff))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLastOwnerCanBeNeitherDemotedNorRemoved() throws Exception {
        Long id = membershipId(owner);
        mvc.perform(post(members() + "/" + id + "/role").with(csrf()).with(user(data.principal(owner)))
                        .param("role", "STAFF"))
                .andExpect(redirectedUrl(members()))
                .andExpect(flash().attribute("warning", containsString("The last owner cannot be made staff")));
        var refused = mvc.perform(post(members() + "/" + id + "/remove").with(csrf()).with(user(data.principal(owner))))
                .andExpect(redirectedUrl(members()))
                .andExpect(flash().attribute("warning", containsString("The last owner cannot be removed")))
                .andReturn();
        assertThat(roleOf(owner)).isEqualTo(MembershipRole.OWNER);
        mvc.perform(get(members()).with(user(data.principal(owner))).cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()) // the warning travels in the session, like in the browser
                .andExpect(content().string(containsString("The last owner cannot be removed")));
    }

    @Test
    void anOwnerMayStepDownWhenAnotherOwnerRemains() throws Exception {
        Account second = data.account("second-owner");
        data.addMember(issuer, second, MembershipRole.OWNER);
        mvc.perform(post(members() + "/" + membershipId(owner) + "/role").with(csrf())
                        .with(user(data.principal(owner))).param("role", "STAFF"))
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug()));
        assertThat(roleOf(owner)).isEqualTo(MembershipRole.STAFF);
        assertThat(roleOf(second)).isEqualTo(MembershipRole.OWNER);
    }

    @Test
    void aMembershipOfAnotherIssuerCannotBeChangedThroughThisOne() throws Exception {
        Account otherOwner = data.account("other-owner");
        Issuer other = data.issuer(otherOwner, AcceptancePolicy.REQUIRED);
        data.addMember(other, data.account("spare"), MembershipRole.OWNER);
        Long foreignId = memberships.findByIssuerAndAccountId(other, otherOwner.getId()).orElseThrow().getId();

        mvc.perform(post(members() + "/" + foreignId + "/remove").with(csrf()).with(user(data.principal(owner))))
                .andExpect(status().isNotFound());
        mvc.perform(post(members() + "/" + foreignId + "/role").with(csrf()).with(user(data.principal(owner)))
                        .param("role", "STAFF"))
                .andExpect(status().isNotFound());
        assertThat(memberships.findById(foreignId).orElseThrow().getRole()).isEqualTo(MembershipRole.OWNER);
    }

    private String members() {
        return "/manage/" + issuer.getSlug() + "/members";
    }

    private Long membershipId(Account account) {
        return memberships.findByIssuerAndAccountId(issuer, account.getId()).orElseThrow().getId();
    }

    private MembershipRole roleOf(Account account) {
        return memberships.findByIssuerAndAccountId(issuer, account.getId()).orElseThrow().getRole();
    }
}
