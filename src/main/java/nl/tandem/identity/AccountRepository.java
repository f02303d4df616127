package nl.tandem.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	Optional<Account> findByOrganisationIdAndPersonId(long organisationId, long personId);

	@Query("select * from account where organisation_id = :organisationId and person_id in (:personIds)")
	List<Account> findForPersons(long organisationId, Collection<Long> personIds);

}
