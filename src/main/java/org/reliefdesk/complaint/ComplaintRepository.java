package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByIdAndCaseId(long id, long caseId);

    Slice<Complaint> findByCaseIdOrderByIdDesc(long caseId, Pageable pageable);

    List<Complaint> findByCaseIdAndStatusNotOrderByFiledOnDescIdDesc(long caseId, ComplaintStatus status);

    @Query("""
            select c from Complaint c where c.caseId = :caseId and c.status in :open and c.dueOn < :today
            order by c.dueOn""")
    List<Complaint> findOverdue(@Param("caseId") long caseId, @Param("open") Collection<ComplaintStatus> open,
            @Param("today") LocalDate today);

    /** Overdue complaints per case among those ids (the caller has checked access to them). */
    @Query(nativeQuery = true, value = """
            select c.case_id, count(*) from complaint c
            where c.case_id in (:ids) and c.status in ('FILED', 'ACKNOWLEDGED') and c.due_on < :today
            group by c.case_id""")
    List<Object[]> countOverdue(@Param("ids") Collection<Long> ids, @Param("today") LocalDate today);

    @Query("""
            select c.respondentName, c.respondentAgency, c.channelCode, c.status, count(c),
                   sum(case when c.status in :open and c.dueOn < :today then 1 else 0 end)
            from Complaint c
            where c.status <> org.reliefdesk.complaint.ComplaintStatus.DRAFT and c.filedOn between :from and :to
            group by c.respondentName, c.respondentAgency, c.channelCode, c.status
            order by count(c) desc, c.respondentName""")
    List<Object[]> counts(@Param("from") LocalDate from, @Param("to") LocalDate to,
            @Param("open") Collection<ComplaintStatus> open, @Param("today") LocalDate today);
}
