package org.reliefdesk.rates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByDebtId(long debtId);

    List<Plan> findByCaseId(long caseId);
}
