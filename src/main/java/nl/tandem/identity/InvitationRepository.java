package nl.tandem.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			select * from invitation
			where organisation_id = :organisationId and person_kind = :kind and person_id = :personId
			  and accepted_at is null and revoked_at is null""")
	List<Invitation> findOpen(long organisationId, String kind, long personId);

}
