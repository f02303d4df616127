package nl.tandem.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.tandem.plan.AttentionDomain;

/**
 * A session as a reader may see it: only the notes the reader may read are in it.
 */
public record SessionView(long id, SessionStatus status, LocalDate on, LocalTime startsAt, int minutes,
		SessionMode mode, Set<Attendee> attendees, Set<AttentionDomain> topics, CancelledBy cancelledBy, String reason,
		String employerSummary, List<GoalWork> goals, List<SessionNote> notes, List<LearningMoment> learningMoments,
		UUID plannedSession, Instant correctedAt, long version) {
}
