package nl.tandem.coaching.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import nl.tandem.coaching.Attendee;
import nl.tandem.coaching.HeldSession;
import nl.tandem.coaching.NoteVisibility;
import nl.tandem.coaching.SessionMode;
import nl.tandem.coaching.SessionView;
import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;
import nl.tandem.plan.PlanPage;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The one-page form of a held session, with defaults from the planned session: quick to
 * fill in on a phone at the workplace.
 */
public class SessionForm {

	private UUID planned;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate heldOn;

	@DateTimeFormat(iso = ISO.TIME)
	private LocalTime startsAt;

	private Integer minutes;

	private SessionMode mode = SessionMode.WORKPLACE;

	private Set<Attendee> attendees = EnumSet.of(Attendee.PARTICIPANT);

	private Set<AttentionDomain> topics = EnumSet.noneOf(AttentionDomain.class);

	private List<GoalRow> goals = new ArrayList<>();

	@Size(max = 4000, message = "{field.too.long}")
	private String note;

	private NoteVisibility visibility = NoteVisibility.COACH_ONLY;

	private boolean sensitive;

	@Size(max = 4000, message = "{field.too.long}")
	private String employerSummary;

	private UUID learningGoal;

	@Size(max = 2000, message = "{field.too.long}")
	private String whatHappened;

	@Size(max = 2000, message = "{field.too.long}")
	private String whatLearned;

	private Actor actionActor;

	@Size(max = 2000, message = "{field.too.long}")
	private String actionWhat;

	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate actionDue;

	private boolean overGrantConfirmed;

	private Long version;

	/**
	 * The form of a recorded session, to correct it: the goals of the plan with the work
	 * that was recorded on them.
	 */
	static SessionForm of(SessionView session, List<PlanPage.GoalView> planGoals) {
		SessionForm form = new SessionForm();
		form.setVersion(session.version());
		form.setPlanned(session.plannedSession());
		form.setHeldOn(session.on());
		form.setStartsAt(session.startsAt());
		form.setMinutes(session.minutes());
		form.setMode(session.mode());
		form.setAttendees(
				session.attendees().isEmpty() ? EnumSet.noneOf(Attendee.class) : EnumSet.copyOf(session.attendees()));
		form.setTopics(
				session.topics().isEmpty() ? EnumSet.noneOf(AttentionDomain.class) : EnumSet.copyOf(session.topics()));
		for (PlanPage.GoalView goal : planGoals) {
			GoalRow row = new GoalRow(goal.key(), goal.goal().description());
			session.goals().stream().filter(work -> work.goalKey().equals(goal.key())).findFirst().ifPresent(work -> {
				row.setWorked(true);
				row.setNote(work.note());
				row.setScore(work.score());
			});
			form.getGoals().add(row);
		}
		session.notes().stream().findFirst().ifPresent(note -> {
			form.setNote(note.text());
			form.setVisibility(note.visibility());
			form.setSensitive(note.sensitive());
		});
		form.setEmployerSummary(session.employerSummary());
		session.learningMoments().stream().findFirst().ifPresent(moment -> {
			form.setLearningGoal(moment.goalKey());
			form.setWhatHappened(moment.whatHappened());
			form.setWhatLearned(moment.whatLearned());
		});
		return form;
	}

	/**
	 * One goal of the plan in the form: whether it was worked on, a note and a score.
	 */
	public static class GoalRow {

		private UUID key;

		private String description;

		private boolean worked;

		private String note;

		private Integer score;

		public GoalRow() {
		}

		GoalRow(UUID key, String description) {
			this.key = key;
			this.description = description;
		}

		public UUID getKey() {
			return this.key;
		}

		public void setKey(UUID key) {
			this.key = key;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public boolean isWorked() {
			return this.worked;
		}

		public void setWorked(boolean worked) {
			this.worked = worked;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Integer getScore() {
			return this.score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

	}

	HeldSession toHeld() {
		List<HeldSession.Goal> worked = this.goals.stream()
			.filter(g -> g.isWorked() || g.getScore() != null || (g.getNote() != null && !g.getNote().isBlank()))
			.map(g -> new HeldSession.Goal(g.getKey(), g.getNote(), g.getScore()))
			.toList();
		List<HeldSession.Note> notes = (this.note != null && !this.note.isBlank())
				? List.of(new HeldSession.Note(this.note, this.visibility, this.sensitive)) : List.of();
		boolean learning = (this.whatHappened != null && !this.whatHappened.isBlank())
				|| (this.whatLearned != null && !this.whatLearned.isBlank());
		List<HeldSession.Learning> moments = learning
				? List.of(new HeldSession.Learning(this.learningGoal, this.whatHappened, this.whatLearned)) : List.of();
		List<HeldSession.Action> actions = (this.actionWhat != null && !this.actionWhat.isBlank())
				? List.of(new HeldSession.Action(this.actionActor, this.actionWhat, this.actionDue)) : List.of();
		return new HeldSession(this.planned, this.heldOn, this.startsAt, this.minutes, this.mode, this.attendees,
				this.topics, worked, notes, this.employerSummary, moments, actions, this.overGrantConfirmed);
	}

	public UUID getPlanned() {
		return this.planned;
	}

	public void setPlanned(UUID planned) {
		this.planned = planned;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public SessionMode getMode() {
		return this.mode;
	}

	public void setMode(SessionMode mode) {
		this.mode = mode;
	}

	public Set<Attendee> getAttendees() {
		return this.attendees;
	}

	public void setAttendees(Set<Attendee> attendees) {
		this.attendees = (attendees != null) ? attendees : EnumSet.noneOf(Attendee.class);
	}

	public Set<AttentionDomain> getTopics() {
		return this.topics;
	}

	public void setTopics(Set<AttentionDomain> topics) {
		this.topics = (topics != null) ? topics : EnumSet.noneOf(AttentionDomain.class);
	}

	public List<GoalRow> getGoals() {
		return this.goals;
	}

	public void setGoals(List<GoalRow> goals) {
		this.goals = goals;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public NoteVisibility getVisibility() {
		return this.visibility;
	}

	public void setVisibility(NoteVisibility visibility) {
		this.visibility = visibility;
	}

	public boolean isSensitive() {
		return this.sensitive;
	}

	public void setSensitive(boolean sensitive) {
		this.sensitive = sensitive;
	}

	public String getEmployerSummary() {
		return this.employerSummary;
	}

	public void setEmployerSummary(String employerSummary) {
		this.employerSummary = employerSummary;
	}

	public UUID getLearningGoal() {
		return this.learningGoal;
	}

	public void setLearningGoal(UUID learningGoal) {
		this.learningGoal = learningGoal;
	}

	public String getWhatHappened() {
		return this.whatHappened;
	}

	public void setWhatHappened(String whatHappened) {
		this.whatHappened = whatHappened;
	}

	public String getWhatLearned() {
		return this.whatLearned;
	}

	public void setWhatLearned(String whatLearned) {
		this.whatLearned = whatLearned;
	}

	public Actor getActionActor() {
		return this.actionActor;
	}

	public void setActionActor(Actor actionActor) {
		this.actionActor = actionActor;
	}

	public String getActionWhat() {
		return this.actionWhat;
	}

	public void setActionWhat(String actionWhat) {
		this.actionWhat = actionWhat;
	}

	public LocalDate getActionDue() {
		return this.actionDue;
	}

	public void setActionDue(LocalDate actionDue) {
		this.actionDue = actionDue;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean isOverGrantConfirmed() {
		return this.overGrantConfirmed;
	}

	public void setOverGrantConfirmed(boolean overGrantConfirmed) {
		this.overGrantConfirmed = overGrantConfirmed;
	}

}
