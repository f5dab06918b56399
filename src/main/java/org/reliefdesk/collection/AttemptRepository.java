package org.reliefdesk.collection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByCaseId(long caseId);

    List<Attempt> findByCaseIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(long caseId, Instant from,
            Instant to);

    @Query("select a from Attempt a where a.caseId in ?1 and a.occurredAt >= ?2 and a.occurredAt < ?3")
    List<Attempt> inCases(Collection<Long> caseIds, Instant from, Instant to);

    long countByCaseId(long caseId);
}
