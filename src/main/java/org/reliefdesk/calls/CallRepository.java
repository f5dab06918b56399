package org.reliefdesk.calls;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CallRepository extends JpaRepository<Call, Long>, JpaSpecificationExecutor<Call> {

    Optional<Call> findByIdAndCaseId(long id, long caseId);

    /** A case's calls, newest first (the client's PIPL data view). */
    List<Call> findByCaseIdOrderByOccurredAtDesc(long caseId);

    List<Call> findByCaseIdAndIdIn(long caseId, Collection<Long> ids);

    List<Call> findByCaseIdAndOutcomeOrderByOccurredAtDesc(long caseId, CallOutcome outcome);
}
