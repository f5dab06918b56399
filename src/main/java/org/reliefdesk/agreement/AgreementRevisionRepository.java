package org.reliefdesk.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRevisionRepository extends JpaRepository<AgreementRevision, Long> {

    List<AgreementRevision> findByAgreementIdOrderByRevision(long agreementId);
}
