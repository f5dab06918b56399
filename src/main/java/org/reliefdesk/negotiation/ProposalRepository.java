package org.reliefdesk.negotiation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByIdAndCaseId(long id, long caseId);

    List<Proposal> findByCaseIdAndDebtIdOrderById(long caseId, long debtId);

    List<Proposal> findByCaseIdAndStatus(long caseId, ProposalStatus status);

    List<Proposal> findByStatusAndPauseUntilBetweenOrderByPauseUntil(ProposalStatus status, LocalDate from,
            LocalDate to);

    boolean existsByDebtIdAndStatusAndIdNot(long debtId, ProposalStatus status, long id);
}
