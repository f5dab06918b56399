package org.reliefdesk.court;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LegalActionRepository extends JpaRepository<LegalAction, Long> {

    Optional<LegalAction> findByIdAndCaseId(long id, long caseId);

    List<LegalAction> findByCaseIdOrderByServedOnDescIdDesc(long caseId);

    List<LegalAction> findByCaseIdIn(Collection<Long> caseIds);
}
