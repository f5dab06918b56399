package org.reliefdesk.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<EvidenceFile, Long> {

    Optional<EvidenceFile> findByIdAndCaseId(long id, long caseId);

    /** Every item of a case, newest first (the client's PIPL data view lists them all, without content). */
    List<EvidenceFile> findByCaseIdOrderByUploadedAtDescIdDesc(long caseId);

    /** A case's items, newest first; {@code client} set keeps to what that client uploaded or was shown. */
    @Query("""
            select e from EvidenceFile e
            where e.caseId = :caseId
              and (:category is null or e.category = :category)
              and (:debtId is null or exists (select 1 from EvidenceFile x join x.links l
                                              where x.id = e.id and l.kind = org.reliefdesk.evidence.EvidenceTarget.Kind.DEBT
                                                and l.targetId = :debtId))
              and (:client is null or e.uploadedBy = :client or e.sharedWithClient = true)
            order by e.uploadedAt desc, e.id desc""")
    Slice<EvidenceFile> findPage(@Param("caseId") long caseId, @Param("category") EvidenceCategory category,
            @Param("debtId") Long debtId, @Param("client") String client, Pageable pageable);

    @Query("""
            select e from EvidenceFile e join e.links l
            where e.caseId = :caseId and l.kind = :kind and l.targetId = :targetId
              and (:client is null or e.uploadedBy = :client or e.sharedWithClient = true)
            order by e.uploadedAt desc, e.id desc""")
    List<EvidenceFile> findLinked(@Param("caseId") long caseId, @Param("kind") EvidenceTarget.Kind kind,
            @Param("targetId") long targetId, @Param("client") String client);
}
