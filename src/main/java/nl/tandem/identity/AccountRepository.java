package nl.tandem.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select * from account where organisation_id = :organisationId and person_id = :personId and person_kind = 'STAFF'")
	Optional<Account> findStaff(long organisationId, long personId);

	@Query("select * from account where organisation_id = :organisationId and person_id = :personId and person_kind = :kind")
	Optional<Account> findPortal(long organisationId, String kind, long personId);

	@Query("select person_id from account where organisation_id = :organisationId and enabled and person_kind = 'STAFF' and person_id is not null and :role = any(roles)")
	List<Long> findPersonsWithRole(long organisationId, String role);

	@Query("select * from account where organisation_id = :organisationId and person_kind = 'STAFF' and person_id in (:personIds)")
	List<Account> findForPersons(long organisationId, Collection<Long> personIds);

}
