package org.badgeportal.collections;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What strangers may see of collections: only public collections of public profiles, and in them only the
 * awards that are public now (accepted, not revoked, not expired). Used by the profile pages and later the API.
 */
@Service
@Transactional(readOnly = true)
public class PublicCollections {

    private final CollectionQueries queries;
    private final Clock clock;

    PublicCollections(CollectionQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The collection, or empty when it does not exist or the profile or the collection is private. */
    public Optional<PublicCollection> find(String handle, String name) {
        return queries.publicHeader(handle, name).map(header -> new PublicCollection(header.name(),
                header.description(), header.handle(), header.ownerName(),
                queries.publicAwardsOf(header.id(), clock.instant()).stream()
                        .map(CollectionAwardRow::toAwardCard)
                        .toList()));
    }

    /** The account's public collections (the caller checks that its profile is public). */
    public List<PublicCollectionLink> linksOf(Long accountId) {
        return queries.publicCollectionsOf(accountId, clock.instant());
    }
}
