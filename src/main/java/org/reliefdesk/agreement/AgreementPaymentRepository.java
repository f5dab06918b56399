package org.reliefdesk.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementPaymentRepository extends JpaRepository<AgreementPayment, Long> {

    List<AgreementPayment> findByAgreementIdOrderByPaidOnAscIdAsc(long agreementId);

    List<AgreementPayment> findByAgreementIdInOrderByPaidOnAscIdAsc(Collection<Long> agreementIds);

    Optional<AgreementPayment> findByIdAndCaseId(long id, long caseId);
}
