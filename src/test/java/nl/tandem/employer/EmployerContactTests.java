package nl.tandem.employer;

import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmployerContactTests {

	@Test
	void aNewContactIsActiveWithTidiedDetails() {
		EmployerContact contact = EmployerContact.add(7, 3, new ContactDetails(" Marieke ", " Dijkstra ",
				ContactRole.SUPERVISOR, " Marieke@Krentje.example ", " "));
		assertThat(contact.active()).isTrue();
		assertThat(contact.employerId()).isEqualTo(3);
		assertThat(contact.givenName()).isEqualTo("Marieke");
		assertThat(contact.familyName()).isEqualTo("Dijkstra");
		assertThat(contact.email()).isEqualTo("marieke@krentje.example");
		assertThat(contact.phone()).isNull();
	}

	@Test
	void aContactWhoLeavesIsDeactivatedAndKeepsTheirDetails() {
		EmployerContact contact = EmployerContact.add(7, 3, EmployerFixtures.supervisor());
		contact.deactivate();
		assertThat(contact.active()).isFalse();
		assertThat(contact.familyName()).isEqualTo("Dijkstra");
		assertThat(contact.role()).isEqualTo(ContactRole.SUPERVISOR);
	}

	@Test
	void aContactCannotBeDeactivatedTwice() {
		EmployerContact contact = EmployerContact.add(7, 3, EmployerFixtures.supervisor());
		contact.deactivate();
		assertThatThrownBy(contact::deactivate).isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.contact.alreadyInactive");
	}

	@Test
	void aDeactivatedContactWhoComesBackIsReactivated() {
		EmployerContact contact = EmployerContact.add(7, 3, EmployerFixtures.buddy());
		assertThatThrownBy(contact::reactivate).isInstanceOf(DomainRuleException.class)
			.hasMessage("employer.contact.alreadyActive");
		contact.deactivate();
		contact.reactivate();
		assertThat(contact.active()).isTrue();
	}

}
