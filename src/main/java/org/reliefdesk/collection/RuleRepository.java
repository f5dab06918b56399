package org.reliefdesk.collection;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRepository extends JpaRepository<RuleRow, Long> {

    boolean existsByCodeAndEffectiveFrom(String code, LocalDate effectiveFrom);
}
