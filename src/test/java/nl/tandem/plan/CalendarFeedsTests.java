package nl.tandem.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.StatementCounter;
import nl.tandem.TandemTest;
import nl.tandem.employer.Employers;
import nl.tandem.identity.Accounts;
import nl.tandem.identity.CurrentUser;
import nl.tandem.identity.Role;
import nl.tandem.organisation.Staff;
import nl.tandem.organisation.StaffDetails;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.ParticipantView;
import nl.tandem.trajectory.Trajectories;
import nl.tandem.trajectory.TrajectoryFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TandemTest
class CalendarFeedsTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Schedules schedules;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Accounts accounts;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	TrajectoryFixtures make;

	TestOrganisation organisation;

	Member coach;

	@BeforeEach
	void organisationWithCoaches() {
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
		this.organisation = this.fixtures.organisation();
		this.coach = this.organisation.coach();
	}

	@Test
	void theFeedHasOneEventPerPlannedSessionOfTheCoachsTrajectoriesFromNinetyDaysAgo() {
		long id = scheduled(this.coach, "Pien", "Planmans", "D-1234", TODAY.minusDays(120));
		long others = scheduled(this.organisation.otherCoach(), "Otto", "Anders", "D-9999", TODAY.minusDays(7));
		List<ScheduleView.Session> sessions = sessions(this.coach, id);
		List<ScheduleView.Session> shown = sessions.stream()
			.filter(session -> !session.on().isBefore(TODAY.minusDays(CalendarFeeds.DAYS_BACK)))
			.toList();
		assertThat(shown).hasSizeLessThan(sessions.size()).isNotEmpty();

		String ics = this.feeds.feed(this.feeds.create(this.coach.user())).orElseThrow();

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.endsWith("END:VCALENDAR\r\n")
			.contains("VERSION:2.0\r\n", "CALSCALE:GREGORIAN\r\n", "PRODID:",
					"X-WR-CALNAME:Tandem – begeleidingsgesprekken\r\n");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(shown.size() + 1);
		for (ScheduleView.Session session : shown) {
			assertThat(ics).contains("UID:" + session.key() + "@tandem\r\nDTSTAMP:")
				.contains("DTSTART;VALUE=DATE:" + basic(session.on()) + "\r\nDTEND;VALUE=DATE:"
						+ basic(session.on().plusDays(1)) + "\r\n");
		}
		sessions.stream()
			.filter(session -> !shown.contains(session))
			.forEach(older -> assertThat(ics).doesNotContain(older.key().toString()));
		sessions(this.organisation.otherCoach(), others)
			.forEach(session -> assertThat(ics).doesNotContain(session.key().toString()));
		assertThat(ics)
			.contains("SUMMARY:Begeleidingsgesprek D-1234\r\n", "DESCRIPTION:Gepland: 60 minuten\r\n",
					"STATUS:CONFIRMED\r\n")
			.doesNotContain("D-9999");
	}

	@Test
	void theFeedNamesNoOneAndTellsNothingOfTheCoaching() {
		scheduled(this.coach, "Pien", "Planmans", "D-1234", TODAY.minusDays(7));

		String ics = this.feeds.feed(this.feeds.create(this.coach.user())).orElseThrow();

		assertThat(ics).contains("D-1234")
			.doesNotContain("Pien", "Planmans", "Slaapt slecht", "medicatie", "Bakkerij", "Sanne")
			.doesNotContain("Leren aangeven");
	}

	@Test
	void aParticipantWithoutReferenceIsShownByTheTrajectoryNumberAndHeldSessionsAreMarked() {
		long id = scheduled(this.coach, "Zonder", "Nummer", null, TODAY.minusDays(30));
		ScheduleView.Session first = sessions(this.coach, id).get(0);
		this.schedules.markHeld(this.coach.user(), id, first.key());

		String ics = this.feeds.feed(this.feeds.create(this.coach.user())).orElseThrow();

		assertThat(ics).contains("SUMMARY:Begeleidingsgesprek traject " + id + " (gehouden)\r\n")
			.contains("SUMMARY:Begeleidingsgesprek traject " + id + "\r\n");
		assertThat(ics.split("\\(gehouden\\)", -1)).hasSize(2);
	}

	@Test
	void theFeedSpeaksTheLanguageOfTheCoachsAccount() {
		scheduled(this.coach, "Pien", "Planmans", "D-1234", TODAY.minusDays(7));
		this.accounts.changeOwnLanguage(this.coach.user(), "en");

		String ics = this.feeds.feed(this.feeds.create(this.coach.user())).orElseThrow();

		assertThat(ics).contains("X-WR-CALNAME:Tandem – coaching sessions\r\n", "SUMMARY:Coaching session D-1234\r\n",
				"DESCRIPTION:Planned: 60 minutes\r\n");
	}

	@Test
	void aNewFeedStopsTheOldOneAndStoppingEndsIt() {
		CurrentUser user = this.coach.user();
		assertThat(this.feeds.status(user).active()).isFalse();
		String first = this.feeds.create(user);
		String second = this.feeds.create(user);

		assertThat(second).isNotEqualTo(first);
		assertThat(this.feeds.feed(first)).isEmpty();
		assertThat(this.feeds.feed(second)).isPresent();
		assertThat(this.feeds.status(user).active()).isTrue();
		assertThat(this.feeds.status(user).activeSince()).isNotNull();

		this.feeds.revoke(user);
		assertThat(this.feeds.feed(second)).isEmpty();
		assertThat(this.feeds.status(user).active()).isFalse();
		assertThat(this.feeds.feed("unknown-secret")).isEmpty();
		assertThat(this.feeds.feed("")).isEmpty();
	}

	@Test
	void twoRequestsForANewLinkAtOnceLeaveOneActiveFeed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				CyclicBarrier start = new CyclicBarrier(2);
				Callable<String> create = () -> {
					start.await();
					return this.feeds.create(this.coach.user());
				};
				for (Future<String> created : pool.invokeAll(List.of(create, create))) {
					created.get();
				}
				long active = this.jdbc.sql("""
						select count(*) from calendar_feed
						where organisation_id = :organisation and staff_id = :staff and revoked_at is null
						""")
					.param("organisation", this.organisation.id())
					.param("staff", this.coach.personId())
					.query(Long.class)
					.single();
				assertThat(active).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theDatabaseKeepsOnlyAHashOfTheSecret() {
		String secret = this.feeds.create(this.coach.user());

		assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
		List<String> stored = this.jdbc
			.sql("select token_hash from calendar_feed where organisation_id = :organisation and staff_id = :staff")
			.param("organisation", this.organisation.id())
			.param("staff", this.coach.personId())
			.query(String.class)
			.list();
		assertThat(stored).containsExactly(CalendarFeeds.hash(secret));
		assertThat(stored.get(0)).matches("[0-9a-f]{64}").doesNotContain(secret);
		long clear = this.jdbc.sql("""
				select count(*) from calendar_feed where position(:secret in
				concat_ws(' ', id, organisation_id, staff_id, token_hash, created_at, revoked_at)) > 0
				""").param("secret", secret).query(Long.class).single();
		assertThat(clear).isZero();
	}

	@Test
	void onlyCoachesHaveAFeed() {
		CurrentUser admin = this.organisation.admin().user();
		CurrentUser lead = this.organisation.teamLead().user();
		assertThatThrownBy(() -> this.feeds.create(admin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.feeds.status(admin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.feeds.revoke(lead)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aTeamLeadWhoAlsoCoachesHasAFeedOfTheirOwnTrajectories() {
		Member coachingLead = hire("Tess", "Leidend", Set.of(Role.TEAM_LEAD, Role.COACH));
		long id = scheduled(coachingLead, "Lies", "Lead", "D-7777", TODAY.minusDays(7));

		String ics = this.feeds.feed(this.feeds.create(coachingLead.user())).orElseThrow();

		assertThat(ics).contains("SUMMARY:Begeleidingsgesprek D-7777");
		assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(sessions(coachingLead, id).size() + 1);
	}

	@Test
	void aFeedStopsServingWhenItsCoachCanNoLongerSignIn() {
		String secret = this.feeds.create(this.coach.user());
		this.accounts.disable(this.organisation.id(), this.coach.personId());

		assertThat(this.feeds.feed(secret)).isEmpty();
	}

	@Test
	void theFeedTakesAFixedNumberOfStatementsWhateverTheCaseload() {
		String secret = this.feeds.create(this.coach.user());
		scheduled(this.coach, "Een", "Eerste", "D-1", TODAY.minusDays(7));
		StatementCounter.reset();
		String small = this.feeds.feed(secret).orElseThrow();
		int statements = StatementCounter.count();
		for (int i = 2; i <= 5; i++) {
			scheduled(this.coach, "Deelnemer" + i, "Meer", "D-" + i, TODAY.minusDays(7 * i));
		}
		this.make.referral(this.coach, "Nog", "Zonder");

		StatementCounter.reset();
		String large = this.feeds.feed(secret).orElseThrow();

		assertThat(StatementCounter.count()).isEqualTo(statements).isLessThanOrEqualTo(5);
		assertThat(large.split("BEGIN:VEVENT", -1).length).isGreaterThan(3 * small.split("BEGIN:VEVENT", -1).length);
	}

	/**
	 * A trajectory of the coach in planning with a standard schedule from the start day
	 * for half a year, its participant known by the reference.
	 */
	private long scheduled(Member coach, String given, String family, String reference, LocalDate start) {
		long id = this.make.planning(this.organisation, coach, given, family);
		CurrentUser user = coach.user();
		if (reference != null) {
			long participant = this.trajectories.details(user, id).participantId();
			ParticipantView view = this.trajectories.participant(user, participant);
			this.trajectories.describeParticipant(user, participant, view.version(),
					new ParticipantDetails(given, null, family, view.dateOfBirth(), null, null, "nl", reference));
		}
		this.schedules.generate(user, id, -1, IntensityProfile.Preset.STANDARD.profile(), start, start.plusMonths(6));
		return id;
	}

	private List<ScheduleView.Session> sessions(Member coach, long id) {
		return this.schedules.schedule(coach.user(), id).sessions();
	}

	private Member hire(String given, String family, Set<Role> roles) {
		String email = given.toLowerCase() + "." + this.organisation.id() + "@feeds.test";
		long person = this.staff.hire(this.organisation.id(),
				new StaffDetails(given, null, family, email, null, this.organisation.teamId(), roles, "nl"),
				Fixtures.PASSWORD);
		long account = this.jdbc.sql("select id from account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		return new Member(new CurrentUser(account, this.organisation.id(), person, given + " " + family, roles), email);
	}

	private static String basic(LocalDate day) {
		return day.format(DateTimeFormatter.BASIC_ISO_DATE);
	}

}
