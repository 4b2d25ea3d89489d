package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules hold when many requests arrive at once: every thread calls the service, so each runs in its own
 * transaction, and all start together behind one gate.
 */
@PortalTest
class AwardConcurrencyTest {

    @Autowired
    AwardService service;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    AwardRepository awards;

    Account owner;
    Issuer issuer;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    /** Runs the tasks on as many threads, all released at once; a refusal's reason stands for its result. */
    private static List<Object> inParallel(int threads, IntFunction<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<Object> call = () -> {
                    gate.await();
                    try {
                        return task.apply(n);
                    } catch (AwardRefusedException e) {
                        return e.reason();
                    }
                };
                futures.add(pool.submit(call));
            }
            gate.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Object, Long> tally(List<Object> results) {
        return results.stream().collect(Collectors.groupingBy(
                result -> result instanceof AwardRefusal ? result : "issued", Collectors.counting()));
    }

    @Test
    void limitOf10AcrossFiftyParallelRecipientsGivesExactlyTenEarners() throws Exception {
        Badge limited = fixtures.badge(issuer, b -> b.setLimit(10));

        List<Object> results = inParallel(50, i -> service.issue(AwardRequest.of(limited, "earner-" + i)));

        assertThat(tally(results)).containsOnly(Map.entry("issued", 10L), Map.entry(AwardRefusal.OVER_LIMIT, 40L));
        assertThat(fixtures.earnersOf(limited)).isEqualTo(10);
        assertThat(fixtures.awardsOf(limited)).isEqualTo(10);
    }

    @Test
    void uniqueBadgeAwardedTwentyTimesInParallelToOneRecipientGivesOneAward() throws Exception {
        Badge unique = fixtures.badge(issuer, b -> b.setUnique(true));

        List<Object> results = inParallel(20, i -> service.issue(AwardRequest.of(unique, "Same.Person@example.org")));

        assertThat(tally(results))
                .containsOnly(Map.entry("issued", 1L), Map.entry(AwardRefusal.DUPLICATE_UNIQUE, 19L));
        assertThat(fixtures.awardsOf(unique)).isEqualTo(1);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(1);
    }

    @Test
    void aNewRecipientAwardedDifferentBadgesInParallelIsCreatedOnce() throws Exception {
        List<Badge> badges = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            badges.add(data.badge(issuer, "Parallel " + i));
        }

        List<Object> results = inParallel(10, i -> service.issue(AwardRequest.of(badges.get(i), "newcomer")));

        assertThat(results).allMatch(IssuedAward.class::isInstance);
        assertThat(results.stream().map(r -> ((IssuedAward) r).recipientId()).distinct()).hasSize(1);
        assertThat(fixtures.recipientsOf(issuer)).isEqualTo(1);
    }

    @Test
    void parallelAcceptAndDeclineOfOneAwardEndInOneConsistentState() throws Exception {
        Account recipient = data.account("recipient");
        Badge badge = data.badge(issuer, "Contested");
        String id = service.issue(AwardRequest.of(badge, recipient.getEmail())).publicId();

        List<Object> results = inParallel(20, i -> i % 2 == 0
                ? service.accept(id, recipient.getId())
                : service.decline(id, recipient.getId()));

        assertThat(results).allMatch(Transition.class::isInstance);
        long changes = results.stream().filter(r -> ((Transition) r).changed()).count();
        Award award = awards.findByPublicId(id).orElseThrow();
        assertThat(award.getStatus()).isIn(AwardStatus.ACCEPTED, AwardStatus.DECLINED);
        assertThat(award.getVersion()).as("every change was applied on top of the one before").isEqualTo(changes);
    }
}
