package org.badgeportal.apis.access;

import java.util.Optional;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.SandboxProperties;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.IssuerService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The UserBadges sandbox: the service {@code test} accepts writes without a key, to
 * itself only, while {@code badges.sandbox.enabled} is true. Its issuer is created at start when missing.
 */
@Component
class Sandbox implements ApplicationRunner {

    static final String SERVICE = "test";

    private final boolean enabled;
    private final IssuerService issuers;
    private volatile Long issuerId;

    Sandbox(SandboxProperties properties, IssuerService issuers) {
        this.enabled = properties.enabled();
        this.issuers = issuers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            issuerId = issuers.findOrCreateWithoutMembers(SERVICE, "Sandbox", AcceptancePolicy.AUTOMATIC).getId();
        }
    }

    /** The sandbox's credential for a call to {@code service} without a key, if that is the sandbox. */
    Optional<IssuerCredential> credentialFor(String service) {
        Long id = issuerId;
        return enabled && id != null && SERVICE.equals(service)
                ? Optional.of(new IssuerCredential(null, id, SERVICE, true)) : Optional.empty();
    }
}
