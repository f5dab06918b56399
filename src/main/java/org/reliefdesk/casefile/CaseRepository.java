package org.reliefdesk.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<CaseFile, Long> {

    @Query("select c.counsellorUsername as counsellor, c.clientUsername as client from CaseFile c where c.id = :id")
    Optional<Owners> findOwners(long id);

    @Query("select c.id from CaseFile c where c.id in :ids")
    List<Long> existing(Collection<Long> ids);

    @Query("select c.id from CaseFile c where c.id in :ids and c.counsellorUsername = :counsellor")
    List<Long> workedBy(Collection<Long> ids, String counsellor);

    @Query("select c from CaseFile c where c.clientUsername = :client order by c.createdAt desc")
    List<CaseFile> findByClient(String client);

    /** Not versioned on purpose: activity elsewhere must not make a case editor's save fail. */
    @Modifying
    @Query("update CaseFile c set c.lastActivityAt = :at where c.id = :id and c.lastActivityAt < :at")
    int noteActivity(long id, Instant at);

    @Query("select c.id from CaseFile c order by c.id")
    List<Long> allIds();

    @Query("select c.id as id, c.counsellorUsername as counsellor, c.clientUsername as client, c.stage as stage"
            + " from CaseFile c where c.id in :ids")
    List<Directory> directory(Collection<Long> ids);

    interface Directory {
        Long getId();

        String getCounsellor();

        String getClient();

        Stage getStage();
    }

    interface Owners {
        String getCounsellor();

        String getClient();
    }
}
