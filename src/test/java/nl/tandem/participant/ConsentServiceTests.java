package nl.tandem.participant;

import java.time.LocalDate;
import java.util.List;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.Plans;
import nl.tandem.platform.ConcurrentEditException;
import nl.tandem.platform.DomainRuleException;
import nl.tandem.platform.NotFoundException;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static nl.tandem.participant.ConsentCategory.EMPLOYER_AGREEMENTS;
import static nl.tandem.participant.ConsentCategory.EMPLOYER_PLAN_GOALS;
import static nl.tandem.participant.ConsentCategory.RESEARCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemTest
class ConsentServiceTests {

	private static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Consents consents;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	TestOrganisation organisation;

	CurrentUser coach;

	long participant;

	long other;

	@BeforeEach
	void participants() {
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.participant = participant(make.referral(this.organisation.coach(), "Mila", "Toestemming"));
		this.other = participant(make.referral(this.organisation.coach(), "Noor", "Zonder"));
	}

	@Test
	void aGivenConsentIsSharedUntilItIsWithdrawn() {
		this.consents.give(this.coach, this.participant, EMPLOYER_PLAN_GOALS, TODAY.minusDays(3),
				ConsentMethod.IN_PERSON);
		assertThat(this.consents.shares(this.organisation.id(), this.participant, EMPLOYER_PLAN_GOALS)).isTrue();
		assertThat(this.consents.shares(this.organisation.id(), this.participant, EMPLOYER_AGREEMENTS)).isFalse();

		ConsentRecord given = this.consents.current(this.organisation.id(), this.participant).get(EMPLOYER_PLAN_GOALS);
		this.consents.withdraw(this.coach, this.participant, given.id(), given.version(), TODAY, ConsentMethod.EMAIL);

		assertThat(this.consents.shares(this.organisation.id(), this.participant, EMPLOYER_PLAN_GOALS)).isFalse();
		assertThat(this.consents.current(this.organisation.id(), this.participant)).isEmpty();
	}

	@Test
	void theHistoryKeepsEveryConsentWithHowAndByWhom() {
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY.minusDays(10), ConsentMethod.EMAIL);
		ConsentRecord first = this.consents.current(this.organisation.id(), this.participant).get(RESEARCH);
		this.consents.withdraw(this.coach, this.participant, first.id(), first.version(), TODAY.minusDays(5),
				ConsentMethod.IN_PERSON);
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);

		List<ConsentRecord> history = this.consents.history(this.organisation.id(), this.participant);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).isActive()).isTrue();
		assertThat(history.get(1).isActive()).isFalse();
		assertThat(history.get(1).givenHow()).isEqualTo(ConsentMethod.EMAIL);
		assertThat(history.get(1).withdrawnOn()).isEqualTo(TODAY.minusDays(5));
		assertThat(history.get(1).withdrawnHow()).isEqualTo(ConsentMethod.IN_PERSON);
		assertThat(history.get(1).withdrawnBy()).isEqualTo("Sanne Coach");
		assertThat(history.get(1).givenBy()).isEqualTo("Sanne Coach");
		assertThat(this.consents.shares(this.organisation.id(), this.participant, RESEARCH)).isTrue();
	}

	@Test
	void theSetBasedQueriesAnswerForManyParticipantsAtOnce() {
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		this.consents.give(this.coach, this.other, EMPLOYER_AGREEMENTS, TODAY, ConsentMethod.IN_PERSON);

		List<Long> both = List.of(this.participant, this.other);
		assertThat(this.consents.consentingToResearch(this.organisation.id(), both)).containsExactly(this.participant);
		assertThat(this.consents.consenting(this.organisation.id(), both, EMPLOYER_AGREEMENTS))
			.containsExactly(this.other);
		assertThat(this.consents.consentingToResearch(this.organisation.id(), List.of())).isEmpty();
		TestOrganisation elsewhere = this.fixtures.organisation();
		assertThat(this.consents.consentingToResearch(elsewhere.id(), both)).as("another organisation").isEmpty();
	}

	@Test
	void aConsentIsGivenOnceUntilWithdrawn() {
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		assertThatThrownBy(() -> this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.EMAIL))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("consent.alreadyGiven");
	}

	@Test
	void datesInTheFutureAndThePortalAreRefused() {
		assertThatThrownBy(() -> this.consents.give(this.coach, this.participant, RESEARCH, TODAY.plusDays(1),
				ConsentMethod.IN_PERSON))
			.hasMessage("consent.date.invalid");
		assertThatThrownBy(
				() -> this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.PORTAL))
			.hasMessage("consent.how.required");
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		ConsentRecord given = this.consents.current(this.organisation.id(), this.participant).get(RESEARCH);
		assertThatThrownBy(() -> this.consents.withdraw(this.coach, this.participant, given.id(), given.version(),
				TODAY.minusDays(1), ConsentMethod.IN_PERSON))
			.hasMessage("consent.withdrawn.beforeGiven");
		assertThat(this.consents.shares(this.organisation.id(), this.participant, RESEARCH)).isTrue();
	}

	@Test
	void aStaleWithdrawalIsRefused() {
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		ConsentRecord given = this.consents.current(this.organisation.id(), this.participant).get(RESEARCH);
		assertThatThrownBy(() -> this.consents.withdraw(this.coach, this.participant, given.id(), given.version() + 1,
				TODAY, ConsentMethod.IN_PERSON))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void anotherOrganisationsParticipantIsNotFoundAndOnlyStaffRecord() {
		TestOrganisation elsewhere = this.fixtures.organisation();
		assertThatThrownBy(() -> this.consents.give(elsewhere.coach().user(), this.participant, RESEARCH, TODAY,
				ConsentMethod.IN_PERSON))
			.isInstanceOf(NotFoundException.class);
		Fixtures.Member officer = this.fixtures.privacyOfficer(this.organisation);
		assertThatThrownBy(
				() -> this.consents.give(officer.user(), this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void givingAndWithdrawingAreLogged() {
		this.consents.give(this.coach, this.participant, RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		long logged = this.jdbc.sql(
				"select count(*) from access_log where participant_id = :p and subject = 'CONSENT' and action = 'CHANGE'")
			.param("p", this.participant)
			.query(Long.class)
			.single();
		assertThat(logged).isEqualTo(1);
	}

	private long participant(long trajectory) {
		return this.trajectories.details(this.coach, trajectory).participantId();
	}

}
