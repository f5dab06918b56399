package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisputeRepository extends JpaRepository<Dispute, Long> {

    Optional<Dispute> findByIdAndCaseId(long id, long caseId);

    Slice<Dispute> findByCaseIdOrderByIdDesc(long caseId, Pageable pageable);

    List<Dispute> findByCaseIdOrderByFiledOnDescIdDesc(long caseId);

    @Query("""
            select d from Dispute d where d.caseId = :caseId
              and d.status = org.reliefdesk.creditrepair.DisputeStatus.FILED and d.dueOn < :today
            order by d.dueOn""")
    List<Dispute> findOverdue(@Param("caseId") long caseId, @Param("today") LocalDate today);

    /** Overdue disputes per case among those ids (the caller has checked access to them). */
    @Query(nativeQuery = true, value = """
            select d.case_id, count(*) from credit_dispute d
            where d.case_id in (:ids) and d.status = 'FILED' and d.due_on < :today
            group by d.case_id""")
    List<Object[]> countOverdue(@Param("ids") Collection<Long> ids, @Param("today") LocalDate today);
}
