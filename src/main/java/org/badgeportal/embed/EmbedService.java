package org.badgeportal.embed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.badgeportal.system.HttpUrls;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * The public read side of a service (an issuer): its badges with global figures and its site users' badges.
 * Every answer costs a constant number of statements (issuer, counts, badges, custom fields).
 */
@Service
public class EmbedService {

    /** users.json without names lists at most this many users: the answer (and its work) stays bounded. */
    static final int MAX_LISTED_USERS = 1000;

    private final EmbedQueries queries;
    private final PortalProperties properties;
    private final Clock clock;

    EmbedService(EmbedQueries queries, PortalProperties properties, Clock clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock;
    }

    /** badges.json: every badge of the service that is not archived, with its public count and latest date. */
    @Transactional(readOnly = true)
    public List<EmbedBadge> badges(String service, EmbedSort sort) {
        Long issuerId = issuerId(service);
        List<BadgeFigures> figures = queries.badges(issuerId, null, clock.instant());
        Map<Long, Map<String, String>> fields = queries.customFields(figures.stream().map(BadgeFigures::id).toList());
        return figures.stream().map(badge -> embedBadge(service, badge, fields.get(badge.id())))
                .sorted(sort.comparator(EmbedBadge::name, EmbedBadge::globalCount, EmbedBadge::globalLatest))
                .toList();
    }

    /**
     * users.json: the named site users who hold public badges; when {@code names} is null, the first
     * {@link #MAX_LISTED_USERS} of them in the sort's order (ask by name for the others).
     */
    @Transactional(readOnly = true)
    public ServiceUsers users(String service, Collection<String> names, EmbedSort sort) {
        Long issuerId = issuerId(service);
        Instant now = clock.instant();
        Collection<String> wanted = names;
        if (wanted == null) {
            List<String> first = queries.firstUsers(issuerId, sort, now, MAX_LISTED_USERS + 1);
            wanted = first.size() > MAX_LISTED_USERS ? first.subList(0, MAX_LISTED_USERS) : null;
        }
        List<UserBadgeCount> counts = queries.userCounts(issuerId, wanted, now);
        List<Long> badgeIds = counts.stream().map(UserBadgeCount::badgeId).distinct().toList();
        Map<Long, EmbedBadge> badges = new LinkedHashMap<>();
        if (!badgeIds.isEmpty()) {
            Map<Long, Map<String, String>> fields = queries.customFields(badgeIds);
            queries.badges(issuerId, badgeIds, now)
                    .forEach(badge -> badges.put(badge.id(), embedBadge(service, badge, fields.get(badge.id()))));
        }
        Map<String, List<EmbedUser.Holding>> holdings = new TreeMap<>();
        for (UserBadgeCount count : counts) {
            holdings.computeIfAbsent(count.user(), user -> new ArrayList<>()).add(
                    new EmbedUser.Holding(badges.get(count.badgeId()).name(), count.count(), count.latest()));
        }
        Comparator<EmbedUser.Holding> holdingOrder = sort.comparator(EmbedUser.Holding::name,
                EmbedUser.Holding::count, EmbedUser.Holding::latest);
        List<EmbedUser> users = holdings.entrySet().stream()
                .map(user -> new EmbedUser(user.getKey(), user.getValue().stream().sorted(holdingOrder).toList()))
                .sorted(sort.comparator(EmbedUser::name, EmbedUser::totalCount, EmbedUser::latest))
                .toList();
        Map<String, EmbedBadge> byName = badges.values().stream()
                .sorted(sort.comparator(EmbedBadge::name, EmbedBadge::globalCount, EmbedBadge::globalLatest))
                .collect(Collectors.toMap(EmbedBadge::name, badge -> badge, (a, b) -> a, LinkedHashMap::new));
        return new ServiceUsers(byName, users);
    }

    /** One user's public badges with their counts, for the widget and the image (empty for an unknown user). */
    @Transactional(readOnly = true)
    List<ShownBadge> shown(String service, String user, EmbedSort sort) {
        ServiceUsers answer = users(service, List.of(user), sort);
        return answer.users().stream().findFirst().map(found -> found.badges().stream()
                .map(holding -> new ShownBadge(answer.badges().get(holding.name()), holding.count(), holding.latest()))
                .toList()).orElse(List.of());
    }

    private Long issuerId(String service) {
        return queries.issuerId(service).orElseThrow(() -> new NotFoundException("Service"));
    }

    private EmbedBadge embedBadge(String service, BadgeFigures badge, Map<String, String> customFields) {
        Map<String, String> fields = customFields == null ? Map.of() : customFields;
        String link = HttpUrls.httpUrlOrNull(EmbedJson.stringValue(fields.get("link")));
        if (link == null) {
            link = properties.link("/issuers/" + UriUtils.encodePathSegment(service, "UTF-8") + "/badges/"
                    + UriUtils.encodePathSegment(badge.slug(), "UTF-8"));
        }
        String image = badge.imageId() != null ? properties.link("/images/" + badge.imageId())
                : HttpUrls.httpUrlOrNull(badge.imageUrl());
        return new EmbedBadge(badge.slug(), badge.name(), badge.description(), badge.globalCount(),
                badge.globalLatest(), image, link, fields);
    }
}
