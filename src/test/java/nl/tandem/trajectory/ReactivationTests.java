package nl.tandem.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.IntakeView;
import nl.tandem.plan.Plans;
import nl.tandem.platform.DomainRuleException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Coming back after closure or a pause: a re-activated trajectory starts with a short
 * intake that carries over what still holds, and a pause past its resume date is a
 * signal.
 */
@TandemTest
class ReactivationTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Caseloads caseloads;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	CurrentUser coach;

	@BeforeEach
	void organisation() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach().user();
	}

	@Test
	void reactivationStartsWithADraftIntakeThatCarriesOverWhatStillHolds() {
		long closed = this.make.active(this.organisation, this.organisation.coach(), "Rik", "Retour");
		this.trajectories.close(this.coach, closed, this.make.version(this.coach, closed), EndReason.JOB_LOST, null);
		long accessLogBefore = changes();
		long next = this.trajectories.reactivate(this.coach, closed, "Nieuwe leidinggevende, wil weer steun");

		IntakeView intake = this.trajectories.intake(this.coach, next).orElseThrow();
		IntakeContent before = TrajectoryServiceTests.intake("Slaapt slecht door medicatie");
		assertThat(intake.completed()).as("a draft for the coach to confirm").isFalse();
		assertThat(intake.content().workHistory()).isEqualTo(before.workHistory());
		assertThat(intake.content().supportNeeds()).isEqualTo(before.supportNeeds());
		assertThat(intake.content().medicationEffects()).isEqualTo("Slaapt slecht door medicatie");
		assertThat(intake.content().importantWorkValues()).isEqualTo(before.importantWorkValues());
		assertThat(intake.content().wishes()).as("asked anew").isNull();
		assertThat(intake.content().ownAgenda()).as("asked anew").isNull();
		assertThat(changes()).as("copying health content is a change to it").isEqualTo(accessLogBefore + 1);
		assertThat(this.trajectories.details(this.coach, next).phase()).isEqualTo(Phase.INTAKE);
		assertThat(this.trajectories.details(this.coach, next).previousTrajectoryId()).isEqualTo(closed);

		assertThatThrownBy(() -> this.trajectories.saveIntake(this.coach, next, intake.version(), intake.content(),
				true, this.make.version(this.coach, next)))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("intake.incomplete");
		IntakeContent confirmed = new IntakeContent(intake.content().workHistory(), intake.content().education(),
				intake.content().strengths(), intake.content().housing(), intake.content().finances(),
				intake.content().socialNetwork(), intake.content().homeSituation(), intake.content().health(),
				intake.content().medicationEffects(), intake.content().supportNeeds(), "Blijven werken bij de bakker",
				intake.content().importantWorkValues(), "Leren omgaan met de nieuwe leidinggevende");
		this.trajectories.saveIntake(this.coach, next, intake.version(), confirmed, true,
				this.make.version(this.coach, next));
		assertThat(this.trajectories.details(this.coach, next).phase()).isEqualTo(Phase.PLANNING);
	}

	@Test
	void reactivatingWithoutAnEarlierIntakeStartsWithNone() {
		long referred = this.make.referral(this.organisation.coach(), "Nora", "Nul");
		this.trajectories.close(this.coach, referred, this.make.version(this.coach, referred),
				EndReason.PARTICIPANT_STOPPED, null);
		long next = this.trajectories.reactivate(this.coach, referred, "Toch weer aangemeld");
		assertThat(this.trajectories.intake(this.coach, next)).isEmpty();
	}

	@Test
	void aPausedTrajectoryPastItsResumeDateIsFoundInOneQuery() {
		long paused = this.make.active(this.organisation, this.organisation.coach(), "Pim", "Pauze");
		long onTime = this.make.active(this.organisation, this.organisation.coach(), "Olga", "Optijd");
		long active = this.make.active(this.organisation, this.organisation.coach(), "Ali", "Actief");
		for (long id : List.of(paused, onTime)) {
			this.trajectories.pause(this.coach, id, this.make.version(this.coach, id), "Rust nodig",
					TrajectoryFixtures.TODAY.plusWeeks(2));
		}
		this.jdbc.sql("update trajectory set expected_resume = :day where id = :id")
			.param("day", TrajectoryFixtures.TODAY.minusDays(3))
			.param("id", paused)
			.update();
		assertThat(this.caseloads.resumeOverdue(this.organisation.id(), List.of(paused, onTime, active),
				TrajectoryFixtures.TODAY))
			.containsExactly(java.util.Map.entry(paused, TrajectoryFixtures.TODAY.minusDays(3)));
		assertThat(this.caseloads.resumeOverdue(this.fixtures.organisation().id(), List.of(paused),
				TrajectoryFixtures.TODAY))
			.as("another organisation")
			.isEmpty();
		assertThat(this.trajectories.details(this.coach, onTime).expectedResume())
			.isEqualTo(TrajectoryFixtures.TODAY.plusWeeks(2));
	}

	private long changes() {
		return this.jdbc.sql("select count(*) from access_log where organisation_id = :o and action = 'CHANGE'")
			.param("o", this.organisation.id())
			.query(Long.class)
			.single();
	}

}
