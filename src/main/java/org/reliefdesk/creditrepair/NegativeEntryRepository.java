package org.reliefdesk.creditrepair;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegativeEntryRepository extends JpaRepository<NegativeEntry, Long> {

    Optional<NegativeEntry> findByIdAndCaseId(long id, long caseId);

    Slice<NegativeEntry> findByCaseIdOrderByIdAsc(long caseId, Pageable pageable);

    List<NegativeEntry> findByCaseIdOrderByIdAsc(long caseId);
}
