package org.reliefdesk.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseFile, Long> {

    @Query("select c.counsellorUsername as counsellor, c.clientUsername as client from CaseFile c where c.id = :id")
    Optional<Owners> findOwners(long id);

    @Query("select c from CaseFile c where c.clientUsername = :client order by c.createdAt desc")
    List<CaseFile> findByClient(String client);

    interface Owners {
        String getCounsellor();

        String getClient();
    }
}
