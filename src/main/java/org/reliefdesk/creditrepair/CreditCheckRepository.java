package org.reliefdesk.creditrepair;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CreditCheckRepository extends JpaRepository<CreditCheck, Long> {

    Optional<CreditCheck> findByIdAndCaseId(long id, long caseId);

    Slice<CreditCheck> findByCaseIdOrderByCheckedOnDescIdDesc(long caseId, Pageable pageable);

    @Query("select max(c.checkedOn) from CreditCheck c where c.caseId = :caseId")
    LocalDate lastCheckedOn(@Param("caseId") long caseId);
}
