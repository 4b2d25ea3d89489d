package org.badgeportal.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal of a signed-in account. Keeps the account id, so pages can load "my" data without a
 * lookup by email. Unverified accounts are disabled: they cannot sign in until the mailed link is followed.
 */
public record SignedInAccount(Long accountId, String email, String displayName, String passwordHash,
                              boolean emailVerified, boolean admin) implements UserDetails {

    static SignedInAccount of(Account account) {
        return new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.isEmailVerified(), account.isAdmin());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return emailVerified;
    }

    /** Never print the hash, even in a debug log. */
    @Override
    public String toString() {
        return "SignedInAccount[" + accountId + ", " + email + "]";
    }
}
