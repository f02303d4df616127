package nl.tandem.organisation;

import nl.tandem.platform.OrganisationRepository;

interface StaffMemberRepository extends OrganisationRepository<StaffMember> {

}
