package org.reliefdesk.collection;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncidentRepository extends JpaRepository<Incident, Long> {

    Optional<Incident> findByIdAndCaseId(long id, long caseId);

    boolean existsByIdAndCaseId(long id, long caseId);

    List<Incident> findByCaseIdAndIdIn(long caseId, Collection<Long> ids);

    Slice<Incident> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId, Pageable pageable);

    List<Incident> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId);

    List<Incident> findByCaseIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThan(long caseId, Instant from,
            Instant to);

    List<Incident> findByOccurredAtGreaterThanEqualAndOccurredAtLessThan(Instant from, Instant to);

    boolean existsByCallId(long callId);

    @Query("select i.callId from Incident i where i.caseId = ?1 and i.callId is not null")
    List<Long> convertedCallIds(long caseId);
}
