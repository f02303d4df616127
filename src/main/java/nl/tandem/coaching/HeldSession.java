package nl.tandem.coaching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.plan.Actor;
import nl.tandem.plan.AttentionDomain;

/**
 * What a coach records of a session that took place.
 *
 * @param plannedSession the planned session it stands for, or null for one that was not
 * planned
 * @param overGrantConfirmed the coach confirmed registering beyond the granted hours
 */
public record HeldSession(UUID plannedSession, LocalDate heldOn, LocalTime startsAt, Integer minutes, SessionMode mode,
		Set<Attendee> attendees, Set<AttentionDomain> topics, List<Goal> goals, List<Note> notes,
		String employerSummary, List<Learning> learningMoments, List<Action> actions, boolean overGrantConfirmed) {

	public HeldSession {
		attendees = (attendees != null) ? Set.copyOf(attendees) : Set.of();
		topics = (topics != null) ? Set.copyOf(topics) : Set.of();
		goals = (goals != null) ? List.copyOf(goals) : List.of();
		notes = (notes != null) ? List.copyOf(notes) : List.of();
		learningMoments = (learningMoments != null) ? List.copyOf(learningMoments) : List.of();
		actions = (actions != null) ? List.copyOf(actions) : List.of();
	}

	/**
	 * Work on one goal: a note and the new progress score.
	 */
	public record Goal(UUID goalKey, String note, Integer score) {
	}

	/**
	 * A note and who may read it.
	 */
	public record Note(String text, NoteVisibility visibility, boolean sensitive) {
	}

	/**
	 * A learning moment.
	 */
	public record Learning(UUID goalKey, String whatHappened, String whatLearned) {
	}

	/**
	 * An action item agreed in the session.
	 */
	public record Action(Actor actor, String what, LocalDate dueOn) {
	}

}
