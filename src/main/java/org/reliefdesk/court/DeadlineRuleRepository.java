package org.reliefdesk.court;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineRuleRepository extends JpaRepository<DeadlineRuleRow, Long> {
}
