package org.reliefdesk.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PrivacyRequestRepository extends JpaRepository<PrivacyRequest, Long> {

    @EntityGraph(attributePaths = "rule")
    List<PrivacyRequest> findByCaseIdOrderByReceivedAtDescIdDesc(long caseId);

    @EntityGraph(attributePaths = "rule")
    List<PrivacyRequest> findByCaseIdIn(Collection<Long> caseIds);

    /** Oldest due first; {@code open} keeps to received/in progress, {@code overdueBefore} to those due before it. */
    @EntityGraph(attributePaths = "rule")
    @Query("""
            select r from PrivacyRequest r
            where (:open = false or r.status in (org.reliefdesk.privacy.RequestStatus.RECEIVED,
                                                 org.reliefdesk.privacy.RequestStatus.IN_PROGRESS))
              and (cast(:overdueBefore as date) is null or r.dueOn < :overdueBefore)
            order by r.dueOn, r.id""")
    Slice<PrivacyRequest> findPage(@Param("open") boolean open, @Param("overdueBefore") LocalDate overdueBefore,
            Pageable pageable);
}
