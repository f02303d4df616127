package nl.tandem.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.plan.IntensityProfile;
import nl.tandem.plan.Plans;
import nl.tandem.plan.Schedules;
import nl.tandem.trajectory.Funder;
import nl.tandem.trajectory.GrantDetails;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An active trajectory with a participant reference, a UWV grant of 2 hours per period at
 * 92.50 euro an hour, and in its logbook: a held session of 90 minutes on the plan's goal
 * (with a coach-only note), 30 minutes of travel, and 60 minutes of indirect time beyond
 * the grant, which is therefore not billable.
 */
public record LogbookExportFixture(Trajectories trajectories, Employers employers, Plans plans, Schedules schedules,
		Sessions sessions, Logbook logbook, JdbcClient jdbc) {

	public static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	public static final String NOTE = "Slaapt slecht";

	public long trajectory(TestOrganisation organisation, Member coach, String family, String reference) {
		TrajectoryFixtures make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		CurrentUser user = coach.user();
		long id = make.active(organisation, coach, "Lot", family);
		this.jdbc.sql("update participant set reference = :reference where id = :id")
			.param("reference", reference)
			.param("id", this.trajectories.frame(user, id).participantId())
			.update();
		this.trajectories.fund(user, id, make.version(user, id), new GrantDetails(Funder.UWV, null, "UWV-" + reference,
				TODAY.minusDays(10), 6, 2, new BigDecimal("2"), new BigDecimal("92.50")));
		this.schedules.generate(user, id, -1, IntensityProfile.parse("1@60"), TODAY, TODAY.plusMonths(1));
		UUID goal = this.plans.page(user, id, null).plan().goals().get(0).key();
		this.sessions.recordHeld(user, id,
				new HeldSession(null, TODAY.minusDays(2), LocalTime.of(10, 0), 90, SessionMode.WORKPLACE,
						Set.of(Attendee.PARTICIPANT), Set.of(), List.of(new HeldSession.Goal(goal, null, 6)),
						List.of(new HeldSession.Note(NOTE, NoteVisibility.COACH_ONLY, true)), null, List.of(),
						List.of(), false));
		this.logbook.register(user, id, new Logbook.NewEntry(TimeCategory.TRAVEL, TODAY.minusDays(2), 30,
				"Reis naar de bakkerij", Set.of(), false));
		this.logbook.register(user, id, new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY.minusDays(1), 60,
				"=HYPERLINK(\"x\") verslag", Set.of(goal), true));
		return id;
	}

}
