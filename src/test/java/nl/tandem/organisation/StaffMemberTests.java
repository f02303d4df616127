package nl.tandem.organisation;

import java.time.LocalDate;
import java.util.Set;

import nl.tandem.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffMemberTests {

	static StaffDetails sanne() {
		return new StaffDetails(" Sanne ", "de", "Vries ", " Sanne@DeBrug.example ", " ", 1L, Set.of(Role.COACH), null);
	}

	@Test
	void aNewStaffMemberIsActiveWithTidiedDetails() {
		StaffMember member = StaffMember.hire(7, sanne());
		assertThat(member.active()).isTrue();
		assertThat(member.displayName()).isEqualTo("Sanne de Vries");
		assertThat(member.email()).isEqualTo("sanne@debrug.example");
		assertThat(member.phone()).isNull();
	}

	@Test
	void aNameWithoutPrefixReadsNaturally() {
		assertThat(StaffMember.displayName("Daan", null, "Bakker")).isEqualTo("Daan Bakker");
		assertThat(StaffMember.displayName("Joost", "van der", "Meer")).isEqualTo("Joost van der Meer");
	}

	@Test
	void certificatesBelongToTheStaffMembersOrganisation() {
		StaffMember member = StaffMember.hire(7, sanne());
		member.certify("Register Jobcoach", "", LocalDate.of(2027, 1, 1));
		assertThat(member.certificates()).singleElement().satisfies(certificate -> {
			assertThat(certificate.organisationId()).isEqualTo(7);
			assertThat(certificate.registrationNumber()).isNull();
		});
	}

	@Test
	void aCertificateNeedsANameAndAnExpiryDate() {
		StaffMember member = StaffMember.hire(7, sanne());
		assertThatThrownBy(() -> member.certify(" ", null, LocalDate.now()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> member.certify("Register Jobcoach", null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void withdrawingANonExistentCertificateIsRefused() {
		StaffMember member = StaffMember.hire(7, sanne());
		assertThatThrownBy(() -> member.withdrawCertificate(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDeactivatedStaffMemberCanBeReactivated() {
		StaffMember member = StaffMember.hire(7, sanne());
		member.deactivate();
		assertThat(member.active()).isFalse();
		member.reactivate();
		assertThat(member.active()).isTrue();
	}

}
