package org.reliefdesk.security;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    @Query("""
            select a from Account a
            where a.role in :roles
              and (:search = '' or lower(a.username) like concat('%', :search, '%')
                   or lower(a.displayName) like concat('%', :search, '%'))
            """)
    Slice<Account> search(Collection<Role> roles, String search, Pageable pageable);

    @Query("select a.enabled as enabled, a.sessionEpoch as sessionEpoch from Account a where a.username = :username")
    Optional<SessionState> findSessionState(String username);

    interface SessionState {
        boolean getEnabled();

        int getSessionEpoch();
    }
}
