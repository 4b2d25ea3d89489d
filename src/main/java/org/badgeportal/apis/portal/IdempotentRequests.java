package org.badgeportal.apis.portal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IdempotentRequests extends JpaRepository<IdempotentRequest, Long> {

    @Query("select r from IdempotentRequest r where r.issuerId = :issuerId and r.idempotencyKey = :key")
    Optional<IdempotentRequest> find(@Param("issuerId") Long issuerId, @Param("key") String key);

    @Modifying
    @Query("delete from IdempotentRequest r where r.createdAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
