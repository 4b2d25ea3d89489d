package org.badgeportal.awards;

import java.util.Optional;
import org.badgeportal.badges.Badge;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AwardRepository extends JpaRepository<Award, Long> {

    Optional<Award> findByPublicId(String publicId);

    boolean existsByBadge(Badge badge);

    long countByBadge(Badge badge);
}
