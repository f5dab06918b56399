package org.reliefdesk.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseMessageRepository extends JpaRepository<CaseMessage, Long> {

    /** Newest first. */
    Slice<CaseMessage> findByCaseIdOrderByIdDesc(long caseId, Pageable pageable);

    List<CaseMessage> findByCaseIdOrderByIdAsc(long caseId);

    long countByCaseIdAndSideAndReadAtIsNull(long caseId, MessageSide side);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update CaseMessage m set m.readAt = :now where m.caseId = :caseId and m.side = :side and m.readAt is null")
    int markRead(@Param("caseId") long caseId, @Param("side") MessageSide side, @Param("now") Instant now);

    /** Messages from one side not yet read by the other, per case, among those ids (access checked by the caller). */
    @Query(nativeQuery = true, value = """
            select m.case_id, count(*) from case_message m
            where m.case_id in (:ids) and m.side = :side and m.read_at is null
            group by m.case_id""")
    List<Object[]> countUnread(@Param("ids") Collection<Long> ids, @Param("side") String side);
}
