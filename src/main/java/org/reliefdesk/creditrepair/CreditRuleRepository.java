package org.reliefdesk.creditrepair;

import org.springframework.data.jpa.repository.JpaRepository;

interface CreditRuleRepository extends JpaRepository<CreditRuleRow, Long> {
}
