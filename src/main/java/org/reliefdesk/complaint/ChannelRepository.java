package org.reliefdesk.complaint;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelRepository extends JpaRepository<ChannelRow, Long> {

    List<ChannelRow> findByEffectiveFromLessThanEqualOrderByCodeAscEffectiveFromDesc(LocalDate on);

    boolean existsByCodeAndEffectiveFrom(ChannelCode code, LocalDate effectiveFrom);
}
