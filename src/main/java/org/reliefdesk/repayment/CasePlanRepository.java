package org.reliefdesk.repayment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePlanRepository extends JpaRepository<CasePlan, Long> {

    Optional<CasePlan> findByCaseId(long caseId);

    boolean existsByCaseId(long caseId);
}
