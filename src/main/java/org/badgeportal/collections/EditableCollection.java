package org.badgeportal.collections;

import java.util.List;

/**
 * Everything the owner's editor shows: the collection, its awards in order, the accepted awards that can still
 * be added, and whether strangers can see it (the profile and the collection are both public).
 */
public record EditableCollection(CollectionHeader header, List<CollectionItem> items, List<CandidateAward> candidates,
                          boolean visibleToStrangers) {

    public String name() {
        return header.name();
    }

    /** No more awards fit: the editor says so instead of offering more. */
    public boolean full() {
        return items.size() >= CollectionEditor.MAX_AWARDS;
    }

    /** The candidates are the newest ones only: older accepted awards are not offered. */
    public boolean candidatesCut() {
        return candidates.size() >= CollectionEditor.CANDIDATES;
    }
}
