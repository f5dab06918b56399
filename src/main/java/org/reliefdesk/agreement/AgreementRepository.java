package org.reliefdesk.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    Optional<Agreement> findByIdAndCaseId(long id, long caseId);

    List<Agreement> findByCaseIdOrderById(long caseId);

    List<Agreement> findByCaseIdInAndStatus(Collection<Long> caseIds, AgreementStatus status);

    List<Agreement> findByCaseIdAndStatus(long caseId, AgreementStatus status);

    boolean existsByDebtIdAndStatusIn(long debtId, Collection<AgreementStatus> statuses);

    boolean existsByProposalIdAndStatusIn(long proposalId, Collection<AgreementStatus> statuses);
}
