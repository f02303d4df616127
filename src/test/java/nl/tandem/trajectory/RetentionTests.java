package nl.tandem.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.tandem.Fixtures;
import nl.tandem.Fixtures.Member;
import nl.tandem.Fixtures.TestOrganisation;
import nl.tandem.Logins;
import nl.tandem.TandemTest;
import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.Logbook;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.Sessions;
import nl.tandem.coaching.TimeCategory;
import nl.tandem.employer.Country;
import nl.tandem.employer.EmployerDetails;
import nl.tandem.employer.EmployerSize;
import nl.tandem.employer.Employers;
import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.AllianceAnswers;
import nl.tandem.monitoring.BalanceScores;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.EarlyWarningPlans;
import nl.tandem.monitoring.Intensifications;
import nl.tandem.monitoring.NewAllianceCheckIn;
import nl.tandem.monitoring.NewBalanceCheckIn;
import nl.tandem.monitoring.NewWorkValueCheckIn;
import nl.tandem.monitoring.PhaseOutReadiness;
import nl.tandem.monitoring.PhaseOutView;
import nl.tandem.monitoring.SignalKind;
import nl.tandem.monitoring.Signals;
import nl.tandem.monitoring.WorkValueAnswer;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.monitoring.Zone;
import nl.tandem.monitoring.ZoneContent;
import nl.tandem.monitoring.SupportRequests;
import nl.tandem.monitoring.Zones;
import nl.tandem.participant.ConsentCategory;
import nl.tandem.participant.ConsentMethod;
import nl.tandem.participant.Consents;
import nl.tandem.participant.IntakeContent;
import nl.tandem.participant.ParticipantDetails;
import nl.tandem.participant.WorkValue;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.Goal;
import nl.tandem.plan.GoalArea;
import nl.tandem.plan.GoalKind;
import nl.tandem.plan.GoalStatus;
import nl.tandem.plan.Party;
import nl.tandem.plan.Plans;
import nl.tandem.plan.SignOffMethod;
import nl.tandem.platform.DomainRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TandemTest
class RetentionTests {

	static final LocalDate TODAY = TrajectoryFixtures.TODAY;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Logins logins;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.tandem.reporting.FunderReports reports;

	@Autowired
	nl.tandem.evaluation.Evaluations evaluations;

	@Autowired
	nl.tandem.evaluation.Ratings ratings;

	@Autowired
	Retention retention;

	@Autowired
	Trajectories trajectories;

	@Autowired
	Employers employers;

	@Autowired
	Plans plans;

	@Autowired
	Sessions sessions;

	@Autowired
	Logbook logbook;

	@Autowired
	CheckIns checkIns;

	@Autowired
	EarlyWarningPlans warningPlans;

	@Autowired
	Zones zones;

	@Autowired
	Intensifications intensifications;

	@Autowired
	PhaseOutReadiness readiness;

	@Autowired
	Signals signals;

	@Autowired
	SupportRequests supportRequests;

	@Autowired
	Consents consents;

	TestOrganisation organisation;

	Member officer;

	TrajectoryFixtures make;

	@BeforeEach
	void organisation() {
		this.organisation = this.fixtures.organisation();
		this.officer = this.fixtures.privacyOfficer(this.organisation);
		this.make = new TrajectoryFixtures(this.trajectories, this.employers, this.plans);
	}

	@Test
	void aFileIsDueWhenEveryTrajectoryClosedLongerAgoThanTheTerm() {
		long longAgo = closed("Lang", "Geleden", 3);
		long recently = closed("Kort", "Geleden", 1);
		long open = this.make.referral(this.organisation.coach(), "Nog", "Bezig");
		long reactivated = closed("Weer", "Terug", 3);
		this.trajectories.reactivate(coach(), reactivated, "Nieuwe baan");

		this.retention.listDue();

		assertThat(dueParticipants()).containsExactly(participant(longAgo));
		assertThat(dueParticipants()).doesNotContain(participant(recently), participant(open),
				participant(reactivated));
	}

	@Test
	void theTermIsTheOrganisations() {
		long recently = closed("Kort", "Geleden", 1);
		this.retention.listDue();
		assertThat(dueParticipants()).isEmpty();
		this.jdbc.sql("update organisation set retention_years = 1 where id = :id")
			.param("id", this.organisation.id())
			.update();
		this.retention.listDue();
		assertThat(dueParticipants()).containsExactly(participant(recently));
	}

	@Test
	void theNightlyCheckDropsAFileThatIsNoLongerDue() {
		long id = closed("Weer", "Terug", 3);
		this.retention.listDue();
		assertThat(dueParticipants()).containsExactly(participant(id));
		this.trajectories.reactivate(coach(), id, "Nieuwe baan");
		this.retention.listDue();
		assertThat(dueParticipants()).isEmpty();
	}

	@Test
	void onlyThePrivacyOfficerSeesAndDecides() {
		long id = closed("Lang", "Geleden", 3);
		this.retention.listDue();
		for (Member member : List.of(this.organisation.admin(), this.organisation.teamLead(),
				this.organisation.coach())) {
			assertThatThrownBy(() -> this.retention.due(member.user(), 0)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.retention.anonymiseDue(member.user(), participant(id)))
				.isInstanceOf(AccessDeniedException.class);
		}
		TestOrganisation elsewhere = this.fixtures.organisation();
		Member theirOfficer = this.fixtures.privacyOfficer(elsewhere);
		assertThat(this.retention.due(theirOfficer.user(), 0).rows()).isEmpty();
		assertThatThrownBy(() -> this.retention.anonymiseDue(theirOfficer.user(), participant(id)))
			.isInstanceOf(nl.tandem.platform.NotFoundException.class);
	}

	@Test
	void anonymisationClearsEveryFreeTextOfEveryModuleWhileTheNumbersStay() {
		long anonymised = fill("qxanon");
		long kept = fill("qxkeep");
		Set<String> filled = columnsHolding("qxanon");
		assertThat(filled).as("the services filled the free text of every module")
			.contains("participant.given_name", "participant.email", "participant.phone", "participant.reference",
					"intake.health", "intake.medication_effects", "intake.own_agenda", "trajectory.referral_reason",
					"trajectory.referrer_name", "transition.reason", "context_event.note", "placement.job_title",
					"funding_grant.reference", "workplace_assessment.tasks", "coaching_plan.expectation_coach",
					"plan_goal.description", "plan_goal.why", "plan_attention_point.description", "plan_agreement.what",
					"goal_progress.note", "coaching_session.employer_summary", "session_note.text", "session_goal.note",
					"learning_moment.what_learned", "action_item.what", "time_entry.description",
					"work_value_check_in.remark", "balance_check_in.remark", "alliance_check_in.remark",
					"early_warning_zone.thoughts", "early_warning_zone.network", "zone_record.remark",
					"intensification.decline_reason", "phase_out_view.remark", "signal_acknowledgement.note",
					"funder_report.texts", "evaluation.what_helped", "evaluation.employer_continues",
					"evaluation_goal.remark", "satisfaction_rating.remark", "satisfaction_rating.employer_remark",
					"satisfaction_rating.participant_remark");
		Numbers before = numbers(anonymised);

		this.retention.listDue();
		this.retention.anonymiseDue(this.officer.user(), participant(anonymised));

		assertThat(columnsHolding("qxanon")).as("free text left behind").isEmpty();
		assertThat(columnsHolding("qxkeep")).as("the other participant's file is untouched").isEqualTo(filled);
		assertThat(numbers(anonymised)).isEqualTo(before);
		assertThat(this.trajectories.details(this.organisation.teamLead().user(), anonymised).participantName())
			.isEqualTo("Geanonimiseerd");
		assertThat(this.consents.shares(this.organisation.id(), participant(anonymised), ConsentCategory.RESEARCH))
			.as("consents are no free text and stay for the research export")
			.isTrue();
		assertThat(dueParticipants()).containsExactly(participant(kept));
		assertThat(this.jdbc.sql("""
				select count(*) from access_log where participant_id = :p and subject = 'ANONYMISED_RETENTION'
				and account_id = :officer
				""")
			.param("p", participant(anonymised))
			.param("officer", this.officer.user().accountId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void erasureOnRequestTakesTheSamePathWithTheReason() {
		long open = this.make.referral(this.organisation.coach(), "Wil", "Weg");
		CurrentUser officer = this.officer.user();
		assertThatThrownBy(() -> this.retention.eraseOnRequest(officer, participant(open), " "))
			.isInstanceOf(DomainRuleException.class)
			.hasMessage("retention.reason.required");
		assertThatThrownBy(() -> this.retention.eraseOnRequest(officer, participant(open), "Verzoek per brief"))
			.hasMessage("retention.erase.open");
		this.trajectories.close(coach(), open, this.make.version(coach(), open), EndReason.PARTICIPANT_STOPPED, null);

		this.retention.eraseOnRequest(officer, participant(open), "Verzoek per brief van 3 maart");

		assertThat(this.trajectories.details(coach(), open).participantName()).isEqualTo("Geanonimiseerd");
		assertThat(this.jdbc.sql("select reason from anonymisation where participant_id = :p")
			.param("p", participant(open))
			.query(String.class)
			.single()).isEqualTo("Verzoek per brief van 3 maart");
		assertThat(this.trajectories.details(coach(), open).timeline())
			.anyMatch(entry -> entry.kind() == TrajectoryDetails.TimelineEntry.Kind.ANONYMISATION
					&& entry.code().equals("REQUEST"));
		assertThatThrownBy(() -> this.retention.eraseOnRequest(officer, participant(open), "Nog eens"))
			.hasMessage("retention.alreadyAnonymised");
	}

	@Test
	void thePrivacyOfficerConfirmsOnTheRetentionPage() throws Exception {
		long id = closed("Lang", "Geleden", 3);
		this.retention.listDue();
		Cookie session = this.logins.session(this.officer);
		this.mvc.perform(get("/privacy/retention").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lang Geleden")));
		this.mvc.perform(post("/privacy/retention/" + participant(id) + "/anonymise").with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/privacy/retention"));
		this.mvc.perform(get("/privacy/retention").cookie(session))
			.andExpect(content().string(not(containsString("Lang Geleden"))))
			.andExpect(content().string(containsString("Het dossier is geanonimiseerd.")));
		this.mvc.perform(get("/trajectories/" + id).cookie(this.logins.session(this.organisation.teamLead())))
			.andExpect(content().string(containsString("Geanonimiseerd na de bewaartermijn")));
		this.mvc.perform(get("/privacy/retention").cookie(this.logins.session(this.organisation.coach())))
			.andExpect(status().isForbidden());
	}

	@Test
	void erasureOnThePageNeedsAReason() throws Exception {
		long id = closed("Wil", "Weg", 0);
		Cookie session = this.logins.session(this.officer);
		this.mvc.perform(get("/privacy/retention").param("q", "wil weg").cookie(session))
			.andExpect(content().string(containsString("/privacy/retention/erase/" + participant(id))));
		this.mvc.perform(
				post("/privacy/retention/erase/" + participant(id)).param("reason", "").with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de reden van het verzoek in.")));
		this.mvc
			.perform(post("/privacy/retention/erase/" + participant(id)).param("reason", "Op verzoek")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/privacy/retention"));
		assertThat(this.trajectories.details(coach(), id).participantName()).isEqualTo("Geanonimiseerd");
	}

	@Test
	void theAdministratorSetsTheTerm() throws Exception {
		Cookie admin = this.logins.session(this.organisation.admin());
		long version = this.jdbc.sql("select version from organisation where id = :id")
			.param("id", this.organisation.id())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/organisation/retention").param("years", "30")
				.param("version", String.valueOf(version))
				.with(csrf())
				.cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een bewaartermijn van 1 tot en met 20 jaar.")));
		this.mvc
			.perform(post("/admin/organisation/retention").param("years", "7")
				.param("version", String.valueOf(version))
				.with(csrf())
				.cookie(admin))
			.andExpect(redirectedUrl("/admin/organisation"));
		assertThat(this.jdbc.sql("select retention_years from organisation where id = :id")
			.param("id", this.organisation.id())
			.query(Integer.class)
			.single()).isEqualTo(7);
	}

	/**
	 * A trajectory closed by the coach, its closing date moved back by the given years.
	 */
	private long closed(String given, String family, int yearsAgo) {
		long id = this.make.referral(this.organisation.coach(), given, family);
		this.trajectories.close(coach(), id, this.make.version(coach(), id), EndReason.PARTICIPANT_STOPPED, null);
		this.jdbc.sql("update trajectory set closed_on = closed_on - make_interval(years => :years) where id = :id")
			.param("years", yearsAgo)
			.param("id", id)
			.update();
		return id;
	}

	/**
	 * A whole trajectory written through the services of every module, every free text
	 * carrying the marker; closed three years ago.
	 */
	private long fill(String marker) {
		CurrentUser coach = coach();
		long id = this.trajectories.refer(coach, new NewReferral(null,
				new ParticipantDetails(marker + "Mila", null, marker + "Jansen", LocalDate.of(1990, 1, 2),
						marker + "@mail.test", "06 " + marker, "nl", marker + "-1"),
				new Referral(ReferrerKind.UWV, marker + " verwijzer", TODAY.minusDays(30), marker + " reden"), null));
		long participant = participant(id);
		this.trajectories.startIntake(coach, id, this.make.version(coach, id));
		String m = marker;
		this.trajectories.saveIntake(coach, id, null,
				new IntakeContent(m, m, m, m, m, m, m, m, m, m, m, Set.of(WorkValue.values()[0]), m), true,
				this.make.version(coach, id));
		long employer = this.employers.register(this.organisation.admin().user(),
				new EmployerDetails("Bakkerij " + UUID.randomUUID(), null, Country.NL, "Dorpsstraat 1", "1234 AB",
						"Utrecht", null, EmployerSize.SMALL));
		this.trajectories.place(coach, id, this.make.version(coach, id), new PlacementDetails(employer, null, null, m,
				new BigDecimal("24"), ContractType.FIXED_TERM, TODAY.minusDays(20), TODAY.plusYears(1), null));
		this.trajectories.fund(coach, id, this.make.version(coach, id), new GrantDetails(Funder.UWV, null, m,
				TODAY.minusDays(20), 6, 2, new BigDecimal("40"), new BigDecimal("90")));
		this.trajectories.saveAssessment(coach, id, null, new AssessmentContent(m, m, m, m, m, null, m, m, m, TODAY));
		UUID goal = agreedPlan(coach, id, m);
		this.trajectories.activate(coach, id, this.make.version(coach, id));
		this.plans.recordProgress(coach, id, goal, GoalStatus.IN_PROGRESS, 3, m);
		this.sessions.recordHeld(coach, id,
				new HeldSession(null, TODAY.minusDays(2), null, 60, SessionMode.WORKPLACE, Set.of(Attendee.PARTICIPANT),
						Set.of(), List.of(new HeldSession.Goal(goal, m, 4)),
						List.of(new HeldSession.Note(m, NoteVisibility.COACH_ONLY, true),
								new HeldSession.Note(m, NoteVisibility.SHARED_WITH_EMPLOYER, false)),
						m, List.of(new HeldSession.Learning(goal, m, m)),
						List.of(new HeldSession.Action(Actor.PARTICIPANT, m, TODAY.plusDays(7))), false));
		this.logbook.register(coach, id,
				new Logbook.NewEntry(TimeCategory.INDIRECT, TODAY.minusDays(1), 30, m, Set.of(), false));
		checkIns(coach, id, m);
		warning(coach, id, m);
		this.readiness.recordView(coach, id, PhaseOutView.NOT_YET, m);
		this.signals.acknowledge(coach, id, SignalKind.values()[0], "subject", m);
		this.reports.write(coach, id, nl.tandem.reporting.ReportKind.PROGRESS, 1,
				java.util.Map.of("wentWell", m, "attention", m, "nextPeriod", m), Set.of(), java.util.Locale.ENGLISH);
		this.trajectories.recordEvent(coach, id, this.make.version(coach, id),
				nl.tandem.trajectory.ContextEventKind.NEW_MANAGER, TODAY, m);
		this.trajectories.pause(coach, id, this.make.version(coach, id), m, TODAY.plusDays(30));
		this.trajectories.resume(coach, id, this.make.version(coach, id));
		this.consents.give(coach, participant, ConsentCategory.RESEARCH, TODAY, ConsentMethod.IN_PERSON);
		this.trajectories.phaseOut(coach, id, this.make.version(coach, id));
		this.trajectories.startEvaluation(coach, id, this.make.version(coach, id));
		this.evaluations.save(coach, id, null,
				new nl.tandem.evaluation.EvaluationContent(TODAY, Set.of(nl.tandem.evaluation.Attendee.PARTICIPANT),
						List.of(new nl.tandem.evaluation.EvaluationContent.Goal(goal,
								nl.tandem.evaluation.GoalResult.PARTLY_REACHED, m)),
						m, m, nl.tandem.evaluation.Outcome.SAME_EMPLOYER, new BigDecimal("24")),
				false);
		this.ratings.record(coach, id, new nl.tandem.evaluation.NewRating(1, TODAY, 8, null, m));
		employerRates(id, employer, m);
		participantRates(id, m);
		this.trajectories.close(coach, id, this.make.version(coach, id), EndReason.OTHER, m);
		this.jdbc.sql("update trajectory set closed_on = closed_on - interval '3 years' where id = :id")
			.param("id", id)
			.update();
		return id;
	}

	@Autowired
	nl.tandem.identity.Invitations invitations;

	@Autowired
	nl.tandem.identity.Accounts accounts;

	@Autowired
	nl.tandem.platform.Mails mails;

	@Autowired
	nl.tandem.portal.EmployerPortal employerPortal;

	/**
	 * The employer's own score and remark, given in the portal by a contact of the
	 * employer (whose own details carry no marker: they are the employer's, not the
	 * participant's).
	 */
	private void employerRates(long id, long employer, String m) {
		String email = "werkgever-" + UUID.randomUUID() + "@werkgever.test";
		long contact = this.employers.addContact(this.organisation.admin().user(), employer,
				new nl.tandem.employer.ContactDetails("Werk", "Gever", nl.tandem.employer.ContactRole.SUPERVISOR, email,
						null));
		CurrentUser user = new nl.tandem.portal.EmployerPortalFixtures(this.trajectories, this.employers, this.plans,
				this.sessions, this.consents, this.invitations, this.mails, this.jdbc)
			.account(this.organisation, contact, email, "Werk Gever");
		var frame = this.employerPortal.frame(user, id);
		this.ratings.rateAs(user, frame, nl.tandem.evaluation.Rater.EMPLOYER, 0, 7, m,
				this.ratings.dueFor(frame, nl.tandem.evaluation.Rater.EMPLOYER).orElseThrow().version());
	}

	/**
	 * The participant's own score and remark at the end, given in the portal.
	 */
	private void participantRates(long id, String m) {
		CurrentUser user = new nl.tandem.portal.ParticipantPortalFixtures(this.trajectories, this.accounts, this.logins)
			.participant(this.organisation.coach(), id)
			.user();
		var frame = this.trajectories.ownFrame(user, id);
		this.ratings.rateAs(user, frame, nl.tandem.evaluation.Rater.PARTICIPANT, 0, 9, m,
				this.ratings.dueFor(frame, nl.tandem.evaluation.Rater.PARTICIPANT).orElseThrow().version());
	}

	private UUID agreedPlan(CurrentUser coach, long id, String m) {
		int number = this.plans.startDraft(coach, id);
		this.plans.describe(coach, id, number, this.make.planVersion(coach, id), TODAY, TODAY.plusMonths(6), m, m, m);
		UUID goal = this.plans.addGoal(coach, id, number, this.make.planVersion(coach, id),
				new Goal.Content(GoalArea.WORK, GoalKind.LEARNING, m, m, m, null));
		this.plans.addAttentionPoint(coach, id, number, this.make.planVersion(coach, id), AttentionDomain.COMMUNICATION,
				m, m);
		this.plans.addAgreement(coach, id, number, this.make.planVersion(coach, id), Actor.SUPERVISOR, m, null);
		this.plans.propose(coach, id, number, this.make.planVersion(coach, id));
		for (Party party : Party.values()) {
			this.plans.signOff(coach, id, number, this.make.planVersion(coach, id), party, TODAY,
					SignOffMethod.IN_PERSON);
		}
		return goal;
	}

	private void checkIns(CurrentUser coach, long id, String m) {
		List<WorkValueAnswer> answers = new ArrayList<>();
		for (WorkValue value : WorkValue.values()) {
			answers.add(new WorkValueAnswer(value, 5, 4, 3));
		}
		this.checkIns.recordWorkValues(coach, id, new NewWorkValueCheckIn(WorkValueMoment.INTAKE, TODAY, answers, m));
		this.checkIns.recordBalance(coach, id, new NewBalanceCheckIn(TODAY, new BalanceScores(3, 2, 4, 3), m));
		this.checkIns.recordAlliance(coach, id,
				new NewAllianceCheckIn(TODAY, new AllianceAnswers(4, 4, 4, 4, 4, 4), m));
	}

	private void warning(CurrentUser coach, long id, String m) {
		int number = this.warningPlans.startDraft(coach, id);
		long version = this.warningPlans.page(coach, id, number).plan().version();
		this.warningPlans.describeZone(coach, id, number, version, Zone.GREEN,
				new ZoneContent(0, Zone.GREEN, m, m, m, m, m, m, m, m, m));
		this.zones.record(coach, id, Zone.ORANGE, TODAY, m);
		var proposal = this.intensifications.ofTrajectory(coach, id).get(0);
		this.intensifications.decline(coach, id, proposal.id(), proposal.version(), m);
		this.supportRequests.request(coach.organisationId(), id, SupportRequests.Requester.PARTICIPANT, m);
	}

	/**
	 * Every text column, of every table of the organisation, that holds the marker
	 * somewhere.
	 */
	private Set<String> columnsHolding(String marker) {
		List<String[]> columns = this.jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				where c.table_schema = 'public'
				and c.data_type in ('text', 'character varying', 'character', 'ARRAY', 'jsonb', 'json')
				and exists (select 1 from information_schema.columns o where o.table_schema = 'public'
				            and o.table_name = c.table_name and o.column_name = 'organisation_id')
				and exists (select 1 from information_schema.tables t where t.table_schema = 'public'
				            and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
				""").query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		Set<String> holding = new TreeSet<>();
		for (String[] column : columns) {
			boolean found = this.jdbc
				.sql("select exists (select 1 from " + column[0] + " where organisation_id = :organisation and cast("
						+ column[1] + " as text) ilike :marker)")
				.param("organisation", this.organisation.id())
				.param("marker", "%" + marker + "%")
				.query(Boolean.class)
				.single();
			if (found) {
				holding.add(column[0] + "." + column[1]);
			}
		}
		return holding;
	}

	record Numbers(String phase, LocalDate closedOn, long sessions, long minutes, long checkIns, long zones,
			long progressScores) {
	}

	private Numbers numbers(long id) {
		return this.jdbc.sql("""
				select t.phase, t.closed_on,
				(select count(*) from coaching_session s where s.trajectory_id = t.id) as sessions,
				(select coalesce(sum(e.minutes), 0) from time_entry e where e.trajectory_id = t.id) as minutes,
				(select count(*) from balance_check_in b where b.trajectory_id = t.id) as check_ins,
				(select count(*) from zone_record z where z.trajectory_id = t.id) as zones,
				(select coalesce(sum(g.score), 0) from goal_progress g where g.trajectory_id = t.id) as progress_scores
				from trajectory t where t.id = :id
				""").param("id", id).query(Numbers.class).single();
	}

	private List<Long> dueParticipants() {
		return this.retention.due(this.officer.user(), 0)
			.rows()
			.stream()
			.map(Retention.DueFile::participantId)
			.toList();
	}

	private long participant(long trajectory) {
		return this.trajectories.details(this.organisation.teamLead().user(), trajectory).participantId();
	}

	private CurrentUser coach() {
		return this.organisation.coach().user();
	}

}
