package nl.tandem.organisation;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StaffMemberRepository extends ListCrudRepository<StaffMember, Long> {

	Optional<StaffMember> findByIdAndOrganisationId(long id, long organisationId);

}
