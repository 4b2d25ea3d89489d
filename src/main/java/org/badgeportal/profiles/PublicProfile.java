package org.badgeportal.profiles;

import java.util.List;
import org.badgeportal.collections.PublicCollectionLink;
import org.springframework.data.domain.Page;

/**
 * A profile page: what strangers see (public awards grouped by badge, public collections). {@code own} is true
 * when the account looks at itself, the only case in which a private profile is shown (with a notice).
 */
public record PublicProfile(String displayName, String handle, boolean profilePublic, boolean own,
                            Page<ProfileBadge> badges, List<PublicCollectionLink> collections) {
}
