package org.badgeportal.apis.access;

import org.badgeportal.apikeys.IssuerCredential;
import java.time.Clock;
import java.util.Optional;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerRepository;
import org.badgeportal.apis.SandboxProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The UserBadges sandbox: the service {@code test} accepts writes without a key, to
 * itself only, while {@code badges.sandbox.enabled} is true. Its issuer is created at start when missing.
 */
@Component
class Sandbox implements ApplicationRunner {

    static final String SERVICE = "test";

    private final boolean enabled;
    private final IssuerRepository issuers;
    private final Clock clock;
    private volatile Long issuerId;

    Sandbox(SandboxProperties properties, IssuerRepository issuers, Clock clock) {
        this.enabled = properties.enabled();
        this.issuers = issuers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (enabled) {
            issuerId = issuers.findBySlug(SERVICE).orElseGet(() -> issuers.save(new Issuer(SERVICE,
                    "Sandbox", AcceptancePolicy.AUTOMATIC, clock.instant()))).getId();
        }
    }

    /** The sandbox's credential for a call to {@code service} without a key, if that is the sandbox. */
    Optional<IssuerCredential> credentialFor(String service) {
        Long id = issuerId;
        return enabled && id != null && SERVICE.equals(service)
                ? Optional.of(new IssuerCredential(null, id, SERVICE, true)) : Optional.empty();
    }
}
