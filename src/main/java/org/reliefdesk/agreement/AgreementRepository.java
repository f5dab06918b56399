package org.reliefdesk.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    Optional<Agreement> findByIdAndCaseId(long id, long caseId);

    List<Agreement> findByCaseIdOrderById(long caseId);

    List<Agreement> findByCaseIdInAndStatus(Collection<Long> caseIds, AgreementStatus status);

    List<Agreement> findByCaseIdAndStatus(long caseId, AgreementStatus status);

    boolean existsByDebtIdAndStatusIn(long debtId, Collection<AgreementStatus> statuses);

    /**
     * The case's debts and lenders, read directly: a stage rule runs while the case service
     * works out the case's moves, so asking that service would recurse (decision 013).
     */
    @Query(value = "select id, lender_name from case_debt where case_id = :caseId", nativeQuery = true)
    List<Object[]> lenderNamesOfCase(@Param("caseId") long caseId);

    boolean existsByProposalIdAndStatusIn(long proposalId, Collection<AgreementStatus> statuses);
}
