package org.badgeportal.issuers;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuers and their members. Other features use {@link #requireBySlug(String)} to load the issuer of a
 * dashboard page (access is already checked by the security rules).
 */
@Service
public class IssuerService {

    private final IssuerRepository issuers;
    private final MembershipRepository memberships;
    private final Accounts accounts;
    private final IssuerBadgeCounts badgeCounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssuerService(IssuerRepository issuers, MembershipRepository memberships, Accounts accounts,
                  IssuerBadgeCounts badgeCounts, ApplicationEventPublisher events, Clock clock) {
        this.issuers = issuers;
        this.memberships = memberships;
        this.accounts = accounts;
        this.badgeCounts = badgeCounts;
        this.events = events;
        this.clock = clock;
    }

    /** The issuer with this slug, or {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public Issuer requireBySlug(String slug) {
        return issuers.findBySlug(slug).orElseThrow(() -> new NotFoundException("Issuer"));
    }

    /** The issuer with this slug, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Issuer> findBySlug(String slug) {
        return issuers.findBySlug(slug);
    }

    /** Whether any issuer exists yet (a fresh installation has none). */
    @Transactional(readOnly = true)
    public boolean anyExists() {
        return issuers.count() > 0;
    }

    /** Whether the account (null when anonymous) is a member of the issuer, in any role. */
    @Transactional(readOnly = true)
    public boolean isMember(Issuer issuer, Long accountId) {
        return accountId != null && memberships.findByIssuerAndAccountId(issuer, accountId).isPresent();
    }

    /**
     * The issuer with this slug, created without members when missing: the UserBadges sandbox's issuer, which no
     * one manages.
     */
    @Transactional
    public Issuer findOrCreateWithoutMembers(String slug, String name, AcceptancePolicy policy) {
        return issuers.findBySlug(slug).orElseGet(() -> issuers.save(new Issuer(slug, name, policy, clock.instant())));
    }

    /** The account's memberships, issuers fetched, by issuer name. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(Long accountId) {
        return memberships.findByAccountIdWithIssuers(accountId);
    }

    @Transactional(readOnly = true)
    public IssuerOverview overview(String slug, Long viewerAccountId) {
        Issuer issuer = requireBySlug(slug);
        MembershipRole role = memberships.findByIssuerAndAccountId(issuer, viewerAccountId)
                .map(Membership::getRole).orElse(null);
        return new IssuerOverview(issuer, role, badgeCounts.badges(issuer), badgeCounts.archivedBadges(issuer),
                memberships.countByIssuer(issuer));
    }

    /** A quick check for the form; {@link #create} still relies on the unique constraint for races. */
    @Transactional(readOnly = true)
    public void checkSlugAvailable(String slug) {
        if (IssuerSlugs.isReserved(slug)) {
            throw new IssuerRuleException("slug", "issuers.form.slug.reserved");
        }
        if (issuers.existsBySlug(slug)) {
            throw new IssuerRuleException("slug", "issuers.form.slug.taken");
        }
    }

    /** Creates the issuer with the creator as its OWNER; publishes {@link IssuerCreated}. */
    @Transactional
    public Issuer create(IssuerForm form, Long creatorAccountId) {
        if (IssuerSlugs.isReserved(form.slug())) {
            throw new IssuerRuleException("slug", "issuers.form.slug.reserved");
        }
        Account creator = accounts.byId(creatorAccountId).orElseThrow(() -> new NotFoundException("Account"));
        Issuer issuer = new Issuer(form.slug(), form.name(), form.acceptancePolicy(), clock.instant());
        issuer.updateProfile(form.name(), form.url(), form.contactEmail(), form.description(),
                form.acceptancePolicy());
        try {
            issuers.saveAndFlush(issuer);
        } catch (DataIntegrityViolationException e) {
            if (UniqueConstraints.violated(e, "uk_issuer_slug")) {
                throw new IssuerRuleException("slug", "issuers.form.slug.taken");
            }
            throw e;
        }
        memberships.save(new Membership(issuer, creator, MembershipRole.OWNER, clock.instant()));
        events.publishEvent(new IssuerCreated(issuer.getId()));
        return issuer;
    }

    @Transactional
    public Issuer updateSettings(String slug, IssuerSettingsForm form) {
        Issuer issuer = requireBySlug(slug);
        issuer.updateProfile(form.name(), form.url(), form.contactEmail(), form.description(),
                form.acceptancePolicy());
        return issuer;
    }

    /** One page of the members with their accounts, owners first. */
    @Transactional(readOnly = true)
    public Page<Membership> members(Issuer issuer, Pageable pageable) {
        return memberships.findPageByIssuerWithAccounts(issuer, pageable);
    }

    /** Adds an existing account; people without an account must sign up first. */
    @Transactional
    public Membership addMember(String slug, MemberForm form) {
        Issuer issuer = lockForMemberChange(slug);
        Account account = accounts.byEmail(Account.normaliseEmail(form.email()))
                .orElseThrow(() -> new IssuerRuleException("email", "issuers.members.unknownEmail"));
        if (memberships.findByIssuerAndAccountId(issuer, account.getId()).isPresent()) {
            throw new IssuerRuleException("email", "issuers.members.alreadyMember");
        }
        try {
            return memberships.saveAndFlush(new Membership(issuer, account, form.role(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            if (UniqueConstraints.violated(e, "uk_membership")) {
                throw new IssuerRuleException("email", "issuers.members.alreadyMember");
            }
            throw e;
        }
    }

    /** Changes a member's role; the last owner cannot be demoted. Returns the member's email. */
    @Transactional
    public String changeRole(String slug, Long membershipId, MembershipRole role) {
        Issuer issuer = lockForMemberChange(slug);
        Membership membership = requireMembership(issuer, membershipId);
        if (membership.isOwner() && role != MembershipRole.OWNER && isLastOwner(issuer)) {
            throw new IssuerRuleException(null, "issuers.members.lastOwnerDemote");
        }
        membership.setRole(role);
        return membership.getAccount().getEmail();
    }

    /** Removes a member; the last owner cannot be removed. Returns the member's email. */
    @Transactional
    public String removeMember(String slug, Long membershipId) {
        Issuer issuer = lockForMemberChange(slug);
        Membership membership = requireMembership(issuer, membershipId);
        if (membership.isOwner() && isLastOwner(issuer)) {
            throw new IssuerRuleException(null, "issuers.members.lastOwnerRemove");
        }
        memberships.delete(membership);
        return membership.getAccount().getEmail();
    }

    /** Whether the account is (still) an owner of the issuer. */
    @Transactional(readOnly = true)
    public boolean isOwner(String slug, Long accountId) {
        return issuers.findBySlug(slug)
                .flatMap(issuer -> memberships.findByIssuerAndAccountId(issuer, accountId))
                .filter(Membership::isOwner)
                .isPresent();
    }

    /** All issuers for the site administrator, optionally filtered by name or slug. */
    @Transactional(readOnly = true)
    public Page<Issuer> search(String query, Pageable pageable) {
        String q = query == null ? "" : query.trim();
        return issuers.findByNameContainingIgnoreCaseOrSlugContainingIgnoreCase(q, q, pageable);
    }

    /** Sets the verified mark (site administrators only: the caller's URL is guarded). Returns the issuer. */
    @Transactional
    public Issuer setVerified(String slug, boolean verified) {
        Issuer issuer = requireBySlug(slug);
        issuer.setVerified(verified);
        return issuer;
    }

    private Issuer lockForMemberChange(String slug) {
        return issuers.findBySlugForUpdate(slug).orElseThrow(() -> new NotFoundException("Issuer"));
    }

    private Membership requireMembership(Issuer issuer, Long membershipId) {
        return memberships.findByIdAndIssuer(membershipId, issuer)
                .orElseThrow(() -> new NotFoundException("Member"));
    }

    private boolean isLastOwner(Issuer issuer) {
        return memberships.countByIssuerAndRole(issuer, MembershipRole.OWNER) <= 1;
    }
}
