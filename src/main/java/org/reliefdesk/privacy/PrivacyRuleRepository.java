package org.reliefdesk.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivacyRuleRepository extends JpaRepository<PrivacyRule, Long> {

    /** The row in force on a date: the latest effective on or before it. */
    Optional<PrivacyRule> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate on);

    List<PrivacyRule> findAllByOrderByEffectiveFromDesc();

    boolean existsByEffectiveFrom(LocalDate on);
}
