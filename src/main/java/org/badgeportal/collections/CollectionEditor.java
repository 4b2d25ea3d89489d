package org.badgeportal.collections;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardReads;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.collections.store.BadgeCollectionRepository;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.UniqueConstraints;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of collections (as the BitBadges API has them): create, edit, delete, and the ordered awards.
 * A collection is always looked up by the signed-in account and its name, so nobody reaches another account's
 * collections. Names are unique per account as the database decides (case-sensitive); a clash, also one caused
 * by a concurrent request, is a {@link DuplicateCollectionNameException} and rolls everything back. Changes to a
 * collection's awards lock its row first.
 */
@Service
@Transactional
public class CollectionEditor {

    static final String UNIQUE_NAME = "uk_collection_name";
    /** Awards a collection holds at most: a showcase, and every page and API answer showing one stays bounded. */
    static final int MAX_AWARDS = 100;
    /** The editor offers the newest this many accepted awards to add. */
    static final int CANDIDATES = 100;
    /** Collections an account has at most: its profile and the API's list of them stay bounded. */
    static final int MAX_COLLECTIONS = 100;
    /** Collections per page of the owner's list. */
    static final int PAGE_SIZE = 50;

    private final BadgeCollectionRepository collections;
    private final CollectionQueries queries;
    private final AwardReads awards;
    private final Accounts accounts;
    private final Clock clock;

    CollectionEditor(BadgeCollectionRepository collections, CollectionQueries queries, AwardReads awards,
                     Accounts accounts, Clock clock) {
        this.collections = collections;
        this.queries = queries;
        this.awards = awards;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<CollectionSummary> list(Long accountId, int page) {
        return queries.summariesOf(accountId, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /** Creates the collection and answers its (stripped) name. */
    public String create(Long accountId, CollectionForm form) {
        if (collections.countByAccountId(accountId) >= MAX_COLLECTIONS) {
            throw new TooManyCollectionsException();
        }
        BadgeCollection collection = new BadgeCollection(accounts.reference(accountId), form.name(),
                form.description(), form.publiclyVisible(), clock.instant());
        try {
            collections.saveAndFlush(collection);
        } catch (DataIntegrityViolationException e) {
            throw translate(e);
        }
        return collection.getName();
    }

    /** The account's own collection of that name, if it has one. */
    @Transactional(readOnly = true)
    public Optional<CollectionHeader> ownHeader(Long accountId, String name) {
        return queries.ownHeader(accountId, name);
    }

    @Transactional(readOnly = true)
    EditableCollection editable(Long accountId, String name) {
        CollectionHeader header = queries.ownHeader(accountId, name)
                .orElseThrow(() -> new NotFoundException("Collection"));
        Instant now = clock.instant();
        List<CollectionAwardRow> rows = queries.awardsOf(header.id());
        List<CollectionItem> items = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CollectionAwardRow row = rows.get(i);
            items.add(new CollectionItem(row.publicId(), row.badgeName(),
                    ShowcaseBadge.imageSrc(row.imageId(), row.imageUrl()),
                    new IssuerMark(row.issuerSlug(), row.issuerName(), row.issuerVerified()), row.status(),
                    row.isExpiredAt(now), row.isPublicAt(now), i == 0, i == rows.size() - 1));
        }
        return new EditableCollection(header, items, queries.candidatesFor(accountId, header.id(), PageRequest.of(0, CANDIDATES)),
                header.publiclyVisible() && header.profilePublic());
    }

    /** Renames, describes and shows or hides the collection; answers its name afterwards. */
    public String update(Long accountId, String name, CollectionForm form) {
        BadgeCollection collection = lock(accountId, name);
        collection.rename(form.name());
        collection.setDescription(form.description());
        collection.setPubliclyVisible(form.publiclyVisible());
        try {
            collections.flush();
        } catch (DataIntegrityViolationException e) {
            throw translate(e);
        }
        return collection.getName();
    }

    public void delete(Long accountId, String name) {
        collections.delete(lock(accountId, name));
    }

    /** Adds an accepted award the account received, at the end. */
    void add(Long accountId, String name, String awardPublicId) {
        BadgeCollection collection = lock(accountId, name);
        Award award = awardPublicId == null ? null : awards.find(awardPublicId.strip()).orElse(null);
        if (award == null || award.getStatus() != AwardStatus.ACCEPTED
                || award.getRecipient().getAccount() == null
                || !award.getRecipient().getAccount().getId().equals(accountId)) {
            throw new CollectionRefusedException(CollectionRefusal.NOT_ELIGIBLE);
        }
        if (indexOf(collection, award.getPublicId()) >= 0) {
            throw new CollectionRefusedException(CollectionRefusal.ALREADY_IN_COLLECTION);
        }
        if (collection.getAwards().size() >= MAX_AWARDS) {
            throw new CollectionRefusedException(CollectionRefusal.COLLECTION_FULL);
        }
        collection.getAwards().add(award);
    }

    /** Replaces the collection's awards with these, in this order (each must qualify as for {@link #add}). */
    public void replaceAwards(Long accountId, String name, List<String> awardPublicIds) {
        lock(accountId, name).getAwards().clear();
        collections.flush();
        for (String publicId : awardPublicIds) {
            add(accountId, name, publicId);
        }
    }

    void remove(Long accountId, String name, String awardPublicId) {
        BadgeCollection collection = lock(accountId, name);
        collection.getAwards().remove(requireIndex(collection, awardPublicId));
    }

    /** Moves an award one place up (towards the start) or down; at either end nothing changes. */
    void move(Long accountId, String name, String awardPublicId, boolean up) {
        BadgeCollection collection = lock(accountId, name);
        int index = requireIndex(collection, awardPublicId);
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < collection.getAwards().size()) {
            Collections.swap(collection.getAwards(), index, other);
        }
    }

    private BadgeCollection lock(Long accountId, String name) {
        return collections.lockOwn(accountId, name).orElseThrow(() -> new NotFoundException("Collection"));
    }

    private static int requireIndex(BadgeCollection collection, String publicId) {
        int index = indexOf(collection, publicId);
        if (index < 0) {
            throw new CollectionRefusedException(CollectionRefusal.NOT_IN_COLLECTION);
        }
        return index;
    }

    private static int indexOf(BadgeCollection collection, String publicId) {
        List<Award> list = collection.getAwards();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getPublicId().equals(publicId)) {
                return i;
            }
        }
        return -1;
    }

    private static RuntimeException translate(DataIntegrityViolationException e) {
        return UniqueConstraints.violated(e, UNIQUE_NAME) ? new DuplicateCollectionNameException(e) : e;
    }
}
