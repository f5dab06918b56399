package org.reliefdesk.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRequestRepository extends JpaRepository<DocumentRequest, Long> {

    Optional<DocumentRequest> findByIdAndCaseId(long id, long caseId);

    /** Open ones first (soonest due first), then the rest, newest first. */
    @Query("""
            select r from DocumentRequest r where r.caseId = :caseId
            order by case when r.status = org.reliefdesk.requests.RequestStatus.OPEN then 0 else 1 end,
                     case when r.status = org.reliefdesk.requests.RequestStatus.OPEN then r.dueOn end, r.id desc""")
    Slice<DocumentRequest> findPage(@Param("caseId") long caseId, Pageable pageable);

    List<DocumentRequest> findByCaseIdAndStatusOrderByDueOnAscIdAsc(long caseId, RequestStatus status);

    /** For the deadline engine: every request of those cases except cancelled ones. */
    @Query("""
            select r from DocumentRequest r where r.caseId in :caseIds
              and r.status <> org.reliefdesk.requests.RequestStatus.CANCELLED order by r.caseId, r.id""")
    List<DocumentRequest> findLive(@Param("caseIds") Collection<Long> caseIds);
}
